package dev.roundup.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A thread file whose gold points outside the thread is refused in words, naming the file. */
class GoldThreadLoaderTest {

  private static final List<String> THREAD = List.of(
      "# kind: incident",
      "# lang: en",
      "ana: checkout errors since 14:05",
      "  ben: the gateway client times out after 2s. <@cleo> can you roll it back?",
      "  cleo: on it",
      "  ana: ok, rollback it is");

  private static GoldThread parse(String... gold) {
    List<String> lines = new ArrayList<>(THREAD);
    lines.add("== gold");
    lines.addAll(List.of(gold));
    return GoldThreadLoader.parse("t", "dev", lines);
  }

  @Test
  void gold_within_the_thread_is_read() {
    GoldThread thread = parse("decision 4: Roll back the gateway client",
        "action 2,3 cleo: Roll back the gateway client", "not-decision 1");
    assertThat(thread.decisions()).singleElement()
        .satisfies(d -> assertThat(d.sources()).containsExactly(4));
    assertThat(thread.actions()).singleElement()
        .satisfies(a -> assertThat(a.owner()).isEqualTo("UCLEO"));
  }

  @Test
  void a_task_the_thread_reports_done_is_read_in_each_way_it_is_marked() {
    for (String done : List.of("(done)", "(done, PR #412)", "(done: rolled back at 14:20)",
        "(erledigt)", "（done）", "（完了：14時20分）")) {
      assertThat(parse("action 2,3 cleo: Roll back the gateway client " + done).actions())
          .as(done).singleElement().satisfies(a -> assertThat(a.finished()).isTrue());
    }
    for (String open : List.of("(by 3pm)", "(done by friday?)", "done")) {
      assertThat(parse("action 2,3 cleo: Roll back the gateway client " + open).actions())
          .as(open).singleElement().satisfies(a -> assertThat(a.finished()).isFalse());
    }
  }

  @Test
  void an_owner_only_mentioned_may_own_a_task() {
    List<String> lines = new ArrayList<>(THREAD.subList(0, 4));
    lines.add("== gold");
    lines.add("action 2 cleo: Roll back the gateway client");
    assertThat(GoldThreadLoader.parse("t", "dev", lines).actions()).hasSize(1);
  }

  @Test
  void a_citation_past_the_last_message_is_refused() {
    assertThatThrownBy(() -> parse("decision 5: Roll back the gateway client"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("message 5 of a thread of 4 messages");
    assertThatThrownBy(() -> parse("question 0: Who owns the gateway?"))
        .hasMessageContaining("message 0");
    assertThatThrownBy(() -> parse("either 9"))
        .hasMessageContaining("either cites message 9");
  }

  @Test
  void an_owner_who_is_not_in_the_thread_is_refused() {
    assertThatThrownBy(() -> parse("action 3 dora: Roll back the gateway client"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("neither writes nor is mentioned");
  }

  @Test
  void a_file_with_such_gold_is_refused_by_name(@TempDir Path dir) throws IOException {
    List<String> lines = new ArrayList<>(THREAD);
    lines.add("== gold");
    lines.add("action 7 ben: Write the postmortem");
    Path file = dir.resolve("miscounted.thread");
    Files.write(file, lines, StandardCharsets.UTF_8);
    assertThatThrownBy(() -> GoldThreadLoader.load(file))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("miscounted.thread")
        .hasMessageContaining("message 7");
  }
}
