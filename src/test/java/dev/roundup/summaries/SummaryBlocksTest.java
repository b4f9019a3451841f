package dev.roundup.summaries;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import dev.roundup.slack.BlockPacker;
import dev.roundup.slack.MessagePart;
import dev.roundup.summarize.ActionItem;
import dev.roundup.summarize.Point;
import dev.roundup.summarize.Summary;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SummaryBlocksTest {

  private static String link(String ts) {
    return "https://x.slack.com/archives/C1/p" + ts.replace(".", "");
  }

  private static Summary summary(int highlights, int textLength) {
    List<Point> points = IntStream.range(0, highlights)
        .mapToObj(i -> new Point(i + " " + "word ".repeat(textLength / 5), List.of("100." + i)))
        .toList();
    return new Summary("The launch moves to Tuesday.", points,
        List.of(new Point("Ship on Tuesday", List.of("100.1"))),
        List.of(new ActionItem("U2", "update the status page", "Friday", List.of("100.2"))),
        List.of(new Point("Who tells support?", List.of("100.3", "100.4"))),
        new Summary.Stats(10, 3), null);
  }

  private static List<String> sectionTexts(List<MessagePart> parts) {
    List<String> texts = new ArrayList<>();
    for (MessagePart p : parts) {
      for (LayoutBlock b : p.blocks()) {
        if (b instanceof SectionBlock s) {
          texts.add(s.getText().getText());
        }
      }
    }
    return texts;
  }

  @Test
  void every_item_links_to_its_source_and_owners_render_as_mentions() {
    List<MessagePart> parts = new SummaryBlocks(new BlockPacker()).render("Thread summary", summary(2, 20), SummaryBlocksTest::link);
    String all = String.join("\n", sectionTexts(parts));
    assertThat(parts).hasSize(1);
    assertThat(all).contains("*TL;DR* The launch moves to Tuesday.")
        .contains("• Ship on Tuesday <https://x.slack.com/archives/C1/p1001|source>")
        .contains("• <@U2> update the status page _(due Friday)_ <https://x.slack.com/archives/C1/p1002|source>")
        .contains("<https://x.slack.com/archives/C1/p1003|1>, <https://x.slack.com/archives/C1/p1004|2>");
  }

  @Test
  void a_long_summary_is_split_within_slack_limits_without_losing_an_item() {
    Summary big = summary(400, 400);
    List<MessagePart> parts = new SummaryBlocks(new BlockPacker()).render("Thread summary", big, SummaryBlocksTest::link);
    assertThat(parts.size()).isGreaterThan(1);
    for (MessagePart p : parts) {
      assertThat(p.blocks()).hasSizeLessThanOrEqualTo(BlockPacker.MAX_BLOCKS);
    }
    List<String> texts = sectionTexts(parts);
    assertThat(texts).allSatisfy(t -> assertThat(t.length()).isLessThanOrEqualTo(BlockPacker.MAX_SECTION_CHARS));
    String all = String.join("\n", texts);
    for (int i = 0; i < 400; i++) {
      assertThat(all).contains("p100" + i + "|source>");
    }
    assertThat(parts.get(1).text()).contains("part 2 of " + parts.size());
  }

  @Test
  void an_over_long_line_continues_in_the_next_section_instead_of_being_cut() {
    BlockPacker packer = new BlockPacker(100, 50, 12_000);
    String line = "x".repeat(30) + " " + "y".repeat(90) + " " + "z".repeat(50);
    List<String> sections = packer.sections(List.of(line));
    assertThat(sections).allSatisfy(s -> assertThat(s.length()).isLessThanOrEqualTo(100));
    assertThat(String.join("", sections).replace(" ", "")).isEqualTo(line.replace(" ", ""));
  }

  @Test
  void blocks_beyond_fifty_go_to_the_next_message() {
    BlockPacker packer = new BlockPacker();
    List<LayoutBlock> blocks = IntStream.range(0, 120).mapToObj(i -> BlockPacker.markdownSection("b" + i)).toList();
    List<List<LayoutBlock>> messages = packer.messages(blocks, blocks.stream().map(b -> 2).toList());
    assertThat(messages).extracting(List::size).containsExactly(50, 50, 20);
  }

  @Test
  void labels_follow_the_conversations_language_and_the_receipt_says_what_was_left_out() {
    Summary german = new Summary("Die Session-Dauer sinkt auf 7 Tage.",
        List.of(), List.of(new Point("Session-Dauer auf 7 Tage senken", List.of("1.1"))),
        List.of(new ActionItem("U2", "Konfiguration anpassen", "bis Freitag", List.of("1.2"))),
        List.of(), new Summary.Stats(9, 3, 1, 0, 0), null, "de");

    String all = new SummaryBlocks(new BlockPacker()).render("Thread summary", german,
        SummaryBlocksTest::link).get(0).blocks().toString();

    assertThat(all).contains("*Kurz gesagt*", "*Entscheidungen*", "*Aufgaben*",
        "_(fällig bis Freitag)_", "1 Nachricht an den Bot wurde ignoriert.");
  }

  @Test
  void the_link_after_each_item_is_labelled_in_the_summarys_language() {
    Summary german = summary(1, 20).withLanguage("de");
    String all = String.join("\n", sectionTexts(new SummaryBlocks(new BlockPacker())
        .render("Thread-Zusammenfassung", german, SummaryBlocksTest::link)));
    assertThat(all).contains("• Ship on Tuesday <https://x.slack.com/archives/C1/p1001|Quelle>")
        .contains("_(fällig Friday)_ <https://x.slack.com/archives/C1/p1002|Quelle>")
        .doesNotContain("|source>");
    String portuguese = String.join("\n", sectionTexts(new SummaryBlocks(new BlockPacker())
        .render("Resumo", summary(1, 20).withLanguage("pt"), SummaryBlocksTest::link)));
    assertThat(portuguese).contains("p1001|fonte>").doesNotContain("|source>");
  }
}
