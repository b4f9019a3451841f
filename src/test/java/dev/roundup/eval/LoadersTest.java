package dev.roundup.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roundup.summarize.Message;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoadersTest {

  @Test
  void qmsum_splits_general_and_topic_queries_over_the_whole_meeting() throws IOException {
    QmsumLoader.Queries queries = QmsumLoader.load(Fixtures.qmsum());

    assertThat(queries.general()).hasSize(2);
    assertThat(queries.specific()).hasSize(2);
    assertThat(queries.general()).allSatisfy(s -> assertThat(s.focus()).isNull());
    assertThat(queries.specific()).extracting(EvalSample::focus)
        .containsExactly("the fair budget", "the stalls");
    // Topic queries still get the whole meeting as input.
    assertThat(queries.specific().get(0).turns()).isEqualTo(queries.general().get(0).turns());
    assertThat(queries.general().get(1).references())
        .containsExactly("The group chose a blue logo and will print new flyers.");
  }

  @Test
  void qmsum_drops_turns_of_three_tokens_or_fewer_and_keeps_four() throws IOException {
    List<EvalSample> general = QmsumLoader.load(Fixtures.qmsum()).general();

    assertThat(general.get(0).turns()).hasSize(5)
        .noneMatch(t -> t.equals("Okay.") || t.equals("Yeah, sure.") || t.equals("Uh huh, ok."))
        .startsWith("Welcome everyone, today we plan the spring bakery fair and its budget.");
    assertThat(general.get(1).turns()).contains("Blue logo, no question.");
  }

  @Test
  void speakers_become_stable_user_ids_and_turns_get_increasing_ts() throws IOException {
    EvalSample meeting = QmsumLoader.load(Fixtures.qmsum()).general().get(0);
    List<Message> messages = meeting.conversation().messages();

    assertThat(messages).extracting(Message::user)
        .containsExactly("U0000001", "U0000002", "U0000003", "U0000001", "U0000003");
    assertThat(meeting.speakerNames()).containsEntry("U0000001", "Alice")
        .containsEntry("U0000002", "Bob").containsEntry("U0000003", "Carol");
    for (int i = 1; i < messages.size(); i++) {
      assertThat(messages.get(i).epochSeconds()).isGreaterThan(messages.get(i - 1).epochSeconds());
    }
    // Loading again yields the same ids and ts: figures are reproducible run to run.
    assertThat(QmsumLoader.load(Fixtures.qmsum()).general().get(0).conversation())
        .isEqualTo(meeting.conversation());
  }

  @Test
  void dialogsum_strips_speaker_tags_and_keeps_all_three_references() throws IOException {
    List<EvalSample> dialogues = DialogsumLoader.load(Fixtures.dialogsum());

    assertThat(dialogues).hasSize(2);
    EvalSample first = dialogues.get(0);
    assertThat(first.id()).isEqualTo("dialogsum:test_0");
    assertThat(first.turns()).hasSize(5)
        .startsWith("Hi, I'd like to return these shoes, they are too small.")
        .noneMatch(t -> t.contains("#Person"));
    assertThat(first.speakerNames().values()).containsExactlyInAnyOrder("#Person1#", "#Person2#");
    assertThat(first.references()).hasSize(3)
        .contains("#Person1# wants a larger size of the shoes instead of a refund.");
  }

  @Test
  void an_untagged_line_continues_the_previous_speaker_and_blank_lines_are_skipped() {
    List<Turn> turns = DialogsumLoader.turns("#Person1#: Hello there.\nStill me.\n\n#Person2#: Hi.");

    assertThat(turns).containsExactly(new Turn("#Person1#", "Hello there."),
        new Turn("#Person1#", "Still me."), new Turn("#Person2#", "Hi."));
  }

  @Test
  void a_malformed_line_is_reported_with_its_file_and_line(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bad.jsonl");
    Files.writeString(file, "{\"fname\":\"x\",\"dialogue\":\"#Person1#: hi\",\"summary1\":\"s\"}\n"
        + "not json\n");

    assertThatThrownBy(() -> DialogsumLoader.load(file))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("line 2");
  }
}
