package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SummaryTextTest {

  private final Summary summary = new Summary("<@U1> proposed the split migration.",
      List.of(new Point("Dry run took 3h 40m.", List.of("1.1"))),
      List.of(new Point("Split by region.", List.of("1.2", "1.3"))),
      List.of(new ActionItem("U2", "Draft the notice", "by Friday", List.of("1.4")),
          new ActionItem(null, "Review the notice by Friday", "by Friday", List.of("1.5"))),
      List.of(),
      new Summary.Stats(9, 3), null);

  @Test
  void renders_tldr_sections_bullets_and_sources_with_names() {
    Map<String, String> names = Map.of("U1", "maya", "U2", "tom");
    String text = SummaryText.render(summary, id -> names.getOrDefault(id, id));

    assertThat(text).startsWith("TL;DR: @maya proposed the split migration.\n")
        .contains("Highlights\n  - Dry run took 3h 40m.  [1.1]\n")
        .contains("Decisions\n  - Split by region.  [1.2, 1.3]\n")
        .contains("  - @tom: Draft the notice (due by Friday)  [1.4]\n")
        .contains("  - Review the notice by Friday  [1.5]\n")
        .doesNotContain("Open questions")
        .endsWith("9 messages, 3 participants\n");
  }

  @Test
  void unknown_users_print_as_their_id() {
    assertThat(SummaryText.render(summary, SlackUserNames.none())).contains("@U1 proposed");
  }

  @Test
  void export_users_file_supplies_display_names_or_user_names() {
    var names = SlackUserNames.near(Threads.path("export/product"));
    assertThat(names.apply("U0GPAT16")).isEqualTo("Pat");
    assertThat(names.apply("U0HRAY17")).isEqualTo("ray");
    assertThat(names.apply("U0UNKNOWN")).isEqualTo("U0UNKNOWN");
  }
}
