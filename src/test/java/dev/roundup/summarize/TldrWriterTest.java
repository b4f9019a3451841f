package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TldrWriterTest {

  private static final Point DECISION =
      new Point("Ship v2 on Tuesday after the security review.", List.of("1.1"));

  @Test
  void the_topic_is_said_by_its_author_and_followed_by_the_first_decision() {
    String tldr = TldrWriter.write("well, the v2 release needs a date.", "U1", List.of(DECISION),
        200, "Decided");

    assertThat(tldr).isEqualTo(
        "<@U1>: The v2 release needs a date. Decided: Ship v2 on Tuesday after the security review.");
  }

  @Test
  void a_topic_that_is_the_decision_is_said_once() {
    String tldr = TldrWriter.write(DECISION.text(), "U2", List.of(DECISION), 200, "Decided");

    assertThat(tldr).isEqualTo("<@U2>: " + DECISION.text());
  }

  @Test
  void a_topic_that_announces_the_decision_in_more_words_says_it_once() {
    Point hire = new Point("We hire Ana for the design role.", List.of("1.1"));
    assertThat(TldrWriter.write("Decision: we hire Ana for the design role!", "U2", List.of(hire), 200,
        "Decided")).isEqualTo("<@U2>: Decision: we hire Ana for the design role!");
    Point japanese = new Point("田中さんを採用します。", List.of("1.1"));
    assertThat(TldrWriter.write("決定：田中さんを採用します。", "U2", List.of(japanese), 200, "決定"))
        .doesNotContain("決定: 田中");
    // near miss: a topic that only shares some of the decision's words keeps both
    Point other = new Point("We hire Ana for the research role.", List.of("1.1"));
    assertThat(TldrWriter.write("Decision: we hire Ana for the design role!", "U2", List.of(other), 200,
        "Decided")).contains("Decided: We hire Ana for the research role.");
  }

  @Test
  void an_unknown_author_leaves_the_topic_unattributed_and_the_line_stays_within_its_bound() {
    String topic = "The integration posted a long status report about every region. ".repeat(5);

    String tldr = TldrWriter.write(topic, null, List.of(DECISION), 120, "Decided");

    assertThat(tldr).startsWith("The integration posted").doesNotContain("<@")
        .contains("Decided: ").hasSizeLessThanOrEqualTo(120);
  }
}
