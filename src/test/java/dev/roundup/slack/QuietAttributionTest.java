package dev.roundup.slack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roundup.summaries.SummaryBlocks;
import dev.roundup.summarize.ActionItem;
import dev.roundup.summarize.Point;
import dev.roundup.summarize.Summary;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QuietAttributionTest {

  private final QuietAttribution quiet = new QuietAttribution(Map.of("U1", "Dana", "U2", "Boris")::get);

  @Test
  void a_leading_attribution_becomes_a_bold_name() {
    assertThat(quiet.apply("<@U1>: Ship it on Tuesday.")).isEqualTo("*Dana*: Ship it on Tuesday.");
    assertThat(quiet.apply("<@U2|boris>: Who tells support?")).isEqualTo("*Boris*: Who tells support?");
  }

  @Test
  void mentions_that_are_not_an_attribution_are_left_alone() {
    assertThat(quiet.apply("Ask <@U1>: she knows")).isEqualTo("Ask <@U1>: she knows");
    assertThat(quiet.apply("<@U1> please review")).isEqualTo("<@U1> please review");
    assertThat(QuietAttribution.KEEP_MENTIONS.apply("<@U1>: hi")).isEqualTo("<@U1>: hi");
  }

  @Test
  void summary_blocks_name_speakers_quietly_but_keep_owners_as_mentions() {
    Summary s = new Summary("<@U2>: The launch moves to Tuesday.",
        List.of(new Point("<@U1>: Thursday is risky.", List.of("1.1"))), List.of(),
        List.of(new ActionItem("U2", "update the status page", null, List.of("1.2"))), List.of(),
        new Summary.Stats(2, 2), null);
    String all = new SummaryBlocks(new BlockPacker(), quiet).render("Thread summary", s, ts -> "https://x/" + ts)
        .get(0).blocks().toString();
    assertThat(all).contains("*TL;DR* *Boris*: The launch moves to Tuesday.")
        .contains("• *Dana*: Thursday is risky.")
        .contains("• <@U2> update the status page")
        .doesNotContain("<@U1>");
  }
}
