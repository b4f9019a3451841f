package dev.roundup.summarize.process;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roundup.summarize.Conversation;
import dev.roundup.summarize.ExtractiveSummarizer;
import dev.roundup.summarize.Message;
import dev.roundup.summarize.SummaryOptions;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SummarizerWorkerTest {

  private final ExtractiveSummarizer summarizer = new ExtractiveSummarizer();

  @Test
  void answers_each_request_by_its_id_skips_an_unreadable_line_and_returns_when_its_input_ends()
      throws Exception {
    Conversation first = Conversation.of(List.of(
        new Message("1700000000.000100", null, "U1", "Friday or Monday for the release?", 1),
        new Message("1700000060.000100", "1700000000.000100", "U2", "Monday. Friday freezes deploys.", 0),
        new Message("1700000120.000100", "1700000000.000100", "U1", "ok Monday it is, I'll tell QA", 0)));
    Conversation second = new Conversation("C1", List.of(
        new Message("1700000000.000100", null, "U3", "Wir nehmen den Raum im 3. Stock.", 0)),
        Map.of("U3", "Jonas"));
    String input = WorkerWire.write(WorkerWire.Request.of(5, first, SummaryOptions.DEFAULT)) + "\n"
        + "{not json\n\n"
        + WorkerWire.write(WorkerWire.Request.of(6, second, SummaryOptions.focusedOn("Raum"))) + "\n";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SummarizerWorker worker = new SummarizerWorker(summarizer,
        new PrintStream(out, true, StandardCharsets.UTF_8), 2);

    worker.serve(new StringReader(input));

    List<WorkerWire.Reply> replies = out.toString(StandardCharsets.UTF_8).lines()
        .map(WorkerWire::reply).sorted(Comparator.comparingLong(WorkerWire.Reply::id)).toList();
    assertThat(replies).extracting(WorkerWire.Reply::id).containsExactly(5L, 6L);
    assertThat(replies.get(0).summary()).isEqualTo(summarizer.summarize(first));
    assertThat(replies.get(1).summary())
        .isEqualTo(summarizer.summarize(second, SummaryOptions.focusedOn("Raum")));
    assertThat(replies).allSatisfy(r -> assertThat(r.failure()).isNull());
  }

  @Test
  void a_summarizer_that_throws_is_answered_with_the_failure() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SummarizerWorker worker = new SummarizerWorker((conversation, options) -> {
      throw new IllegalStateException("broken");
    }, new PrintStream(out, true, StandardCharsets.UTF_8), 1);
    Conversation any = Conversation.of(List.of(new Message("1700000000.000100", null, "U1", "hi", 0)));

    worker.serve(new StringReader(WorkerWire.write(WorkerWire.Request.of(9, any, SummaryOptions.DEFAULT)) + "\n"));

    WorkerWire.Reply reply = WorkerWire.reply(out.toString(StandardCharsets.UTF_8).strip());
    assertThat(reply.id()).isEqualTo(9);
    assertThat(reply.summary()).isNull();
    assertThat(reply.failure()).contains("broken");
  }
}
