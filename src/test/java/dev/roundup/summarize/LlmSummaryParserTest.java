package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roundup.llm.LlmFixtures;
import org.junit.jupiter.api.Test;

class LlmSummaryParserTest {

  private final Conversation launch = TestConversations.launchThread();
  private final LlmSummaryParser parser = new LlmSummaryParser(launch);

  @Test
  void reads_json_inside_code_fences_after_prose() throws Exception {
    String answer = "Sure — here you go.\n```json\n" + LlmFixtures.read("summary-launch.json")
        + "```\nLet me know if you need more.";

    Summary summary = parser.parse(answer, SummaryOptions.DEFAULT);

    assertThat(summary.decisions()).hasSize(1);
    assertThat(summary.actionItems()).hasSize(1);
  }

  @Test
  void skips_braces_in_prose_before_the_object() throws Exception {
    String answer = "Using the template {tldr, highlights}: {\"tldr\": \"Ship {v2} Tuesday\"}";

    assertThat(parser.parse(answer, SummaryOptions.DEFAULT).tldr()).isEqualTo("Ship {v2} Tuesday");
  }

  @Test
  void maps_a_ts_written_without_trailing_zeros_to_the_real_one() throws Exception {
    String answer = """
        {"tldr": "t", "decisions": [{"text": "Ship Tuesday", "sources": [1731920600.0004]}]}""";

    Summary summary = parser.parse(answer, SummaryOptions.DEFAULT);

    assertThat(summary.decisions().get(0).sources()).containsExactly("1731920600.000400");
  }

  @Test
  void accepts_owner_as_a_mention_and_people_asked_by_mention() throws Exception {
    Conversation asked = TestConversations.thread(
        "U01ALICE", "<@U07DAN|dan> can you rotate the on-call keys by Friday?");
    String answer = """
        {"tldr": "Key rotation", "actionItems": [
          {"owner": "<@U07DAN>", "text": "Rotate the keys", "due": "Friday",
           "sources": ["%s"]}]}""".formatted(TestConversations.ts(0));

    Summary summary = new LlmSummaryParser(asked).parse(answer, SummaryOptions.DEFAULT);

    assertThat(summary.actionItems().get(0).owner()).isEqualTo("U07DAN");
    assertThat(summary.actionItems().get(0).due()).isEqualTo("Friday");
  }

  @Test
  void caps_text_lengths_and_the_number_of_highlights() throws Exception {
    String longText = "word ".repeat(400);
    StringBuilder highlights = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      highlights.append(i == 0 ? "" : ",").append("{\"text\": \"point ").append(i)
          .append("\", \"sources\": [\"1731920460.000200\"]}");
    }
    String answer = "{\"tldr\": \"" + longText + "\", \"highlights\": [" + highlights + "]}";

    Summary summary = parser.parse(answer, new SummaryOptions(null, 3));

    assertThat(summary.tldr()).hasSizeLessThanOrEqualTo(LlmSummaryParser.MAX_TLDR_CHARS)
        .endsWith("…");
    assertThat(summary.highlights()).extracting(Point::text)
        .containsExactly("point 0", "point 1", "point 2");
  }

  @Test
  void refuses_answers_without_a_summary_object() {
    assertThatThrownBy(() -> parser.parse("No summary today.", SummaryOptions.DEFAULT))
        .isInstanceOf(MalformedSummaryException.class);
    assertThatThrownBy(() -> parser.parse("{\"answer\": 42}", SummaryOptions.DEFAULT))
        .isInstanceOf(MalformedSummaryException.class);
    assertThatThrownBy(() -> parser.parse("{\"tldr\": \"cut off", SummaryOptions.DEFAULT))
        .isInstanceOf(MalformedSummaryException.class);
  }

  @Test
  void written_summaries_read_back_the_same() throws Exception {
    Summary original = parser.parse(LlmFixtures.read("summary-launch.json"),
        SummaryOptions.DEFAULT);

    assertThat(parser.parse(SummaryJson.write(original), SummaryOptions.DEFAULT))
        .isEqualTo(original);
  }
}
