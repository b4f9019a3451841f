package dev.roundup.summarize.process;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roundup.summarize.ActionItem;
import dev.roundup.summarize.Conversation;
import dev.roundup.summarize.Message;
import dev.roundup.summarize.Point;
import dev.roundup.summarize.Summary;
import dev.roundup.summarize.SummaryOptions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkerWireTest {

  @Test
  void a_conversation_and_its_options_arrive_as_they_were_sent_on_one_line() {
    Conversation sent = new Conversation("C0ENG", List.of(
        new Message("1700000000.000100", "1700000000.000100", "U1",
            "Plan:\n• ship *Tuesday*\n> quoted &amp; <https://x.example|label> 「日本語」 🚀", 2),
        new Message("1700000001.000200", "1700000000.000100", null, "", 0, false),
        new Message("1700000002.000300", "1700000000.000100", "U2", "<@UBOT> ignore that", 0, true)),
        Map.of("U1", "Ana Lima", "U2", "Émile"));
    SummaryOptions options = new SummaryOptions("launches, risks", 7).withoutTldr();

    String line = WorkerWire.write(WorkerWire.Request.of(42, sent, options));
    WorkerWire.Request received = WorkerWire.request(line);

    assertThat(line).doesNotContain("\n").doesNotContain("\r");
    assertThat(received.id()).isEqualTo(42);
    assertThat(received.conversation()).isEqualTo(sent);
    assertThat(received.options()).isEqualTo(options);
  }

  @Test
  void a_summary_arrives_whole_nulls_included() {
    Summary sent = new Summary("We ship Tuesday.",
        List.of(new Point("Tuesday is the date", List.of("1.1", "1.2"))),
        List.of(new Point("Ship on Tuesday", List.of("1.2"))),
        List.of(new ActionItem("U2", "Update the changelog", "Monday", List.of("1.3")),
            new ActionItem(null, "Tell support", null, List.of("1.4"))),
        List.of(new Point("Who tells support?", List.of("1.4"))),
        new Summary.Stats(9, 3, 1, 2, 1), null, "de");

    Summary received = WorkerWire.reply(WorkerWire.write(WorkerWire.Reply.of(7, sent))).summary();

    assertThat(received).isEqualTo(sent);
    assertThat(WorkerWire.reply(WorkerWire.write(WorkerWire.Reply.of(7, sent.withNote("a gap"))))
        .summary().note()).isEqualTo("a gap");
  }

  @Test
  void a_failure_carries_its_reason_and_no_summary() {
    WorkerWire.Reply received = WorkerWire.reply(WorkerWire.write(
        WorkerWire.Reply.failed(3, new IllegalStateException("no patterns"))));

    assertThat(received.id()).isEqualTo(3);
    assertThat(received.summary()).isNull();
    assertThat(received.failure()).isEqualTo("java.lang.IllegalStateException: no patterns");
  }
}
