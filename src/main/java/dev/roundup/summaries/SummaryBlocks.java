package dev.roundup.summaries;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import com.slack.api.model.block.LayoutBlock;
import dev.roundup.slack.BlockPacker;
import dev.roundup.slack.MessagePart;
import dev.roundup.slack.QuietAttribution;
import dev.roundup.summarize.ActionItem;
import dev.roundup.summarize.Labels;
import dev.roundup.summarize.Point;
import dev.roundup.summarize.Receipt;
import dev.roundup.summarize.Summary;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Renders a {@link Summary} as Block Kit messages: a header line, the TL;DR, key points, decisions,
 * action items (owner as a mention, due date when stated) and open questions, each item followed by
 * links to the messages it came from. Long summaries become several messages (see
 * {@link BlockPacker}); the later ones say they continue the first.
 */
public final class SummaryBlocks {

  private final BlockPacker packer;
  private final QuietAttribution attribution;

  public SummaryBlocks(BlockPacker packer) {
    this(packer, QuietAttribution.KEEP_MENTIONS);
  }

  public SummaryBlocks(BlockPacker packer, QuietAttribution attribution) {
    this.packer = packer;
    this.attribution = attribution;
  }

  /**
   * @param heading   e.g. "Summary of 214 messages from 9 people"
   * @param permalink ts → URL of that message
   */
  public List<MessagePart> render(String heading, Summary summary, Function<String, String> permalink) {
    return render(heading, List.of(), summary, permalink);
  }

  /**
   * @param notes lines shown under the heading, before the summary (what the summary does not
   *              cover, a late run)
   */
  public List<MessagePart> render(String heading, List<String> notes, Summary summary,
      Function<String, String> permalink) {
    return render(heading, notes, summary, permalink, null);
  }

  /**
   * @param receipt what the summary rests on, shown as one context line at the end (and then
   *                what was left out is said there rather than under the heading); null for none
   */
  public List<MessagePart> render(String heading, List<String> notes, Summary summary,
      Function<String, String> permalink, Receipt receipt) {
    List<LayoutBlock> blocks = new ArrayList<>();
    List<Integer> sizes = new ArrayList<>();
    add(blocks, sizes, List.of("*" + heading + "*"));
    List<String> allNotes = new ArrayList<>(notes);
    if (summary.note() != null) {
      allNotes.add(summary.note());
    }
    Labels labels = summary.labels();
    if (receipt == null && summary.stats() != null && !labels.leftOut(summary.stats()).isEmpty()) {
      allNotes.add(Labels.sentence(labels.leftOut(summary.stats())) + ".");
    }
    for (String note : allNotes) {
      blocks.add(context(c -> c.elements(List.of(markdownText(":information_source: " + note)))));
      sizes.add(note.length());
    }
    if (!summary.tldr().isBlank()) {
      add(blocks, sizes, List.of("*" + labels.tldr() + "* " + attribution.apply(summary.tldr())));
    }
    addSection(blocks, sizes, labels.keyPoints(), points(summary.highlights(), labels, permalink));
    addSection(blocks, sizes, labels.decisions(), points(summary.decisions(), labels, permalink));
    addSection(blocks, sizes, labels.actionItems(), actions(summary.actionItems(), labels, permalink));
    addSection(blocks, sizes, labels.openQuestions(),
        points(summary.openQuestions(), labels, permalink));

    List<List<LayoutBlock>> messages = packer.messages(blocks, sizes);
    List<MessagePart> parts = new ArrayList<>();
    for (int i = 0; i < messages.size(); i++) {
      String text = messages.size() == 1 ? heading
          : heading + " (part " + (i + 1) + " of " + messages.size() + ")";
      List<LayoutBlock> body = new ArrayList<>(messages.get(i));
      if (messages.size() > 1) {
        String label = "Part " + (i + 1) + " of " + messages.size();
        body.add(context(c -> c.elements(List.of(markdownText(label)))));
      }
      if (receipt != null && i == messages.size() - 1) {
        String line = ":receipt: " + receipt.with(summary.stats()).line(labels);
        body.add(context(c -> c.elements(List.of(markdownText(line)))));
      }
      parts.add(new MessagePart(text, body));
    }
    return parts;
  }

  private void addSection(List<LayoutBlock> blocks, List<Integer> sizes, String title, List<String> bullets) {
    if (bullets.isEmpty()) {
      return;
    }
    List<String> lines = new ArrayList<>();
    lines.add("*" + title + "*");
    lines.addAll(bullets);
    add(blocks, sizes, lines);
  }

  private void add(List<LayoutBlock> blocks, List<Integer> sizes, List<String> lines) {
    for (String section : packer.sections(lines)) {
      blocks.add(BlockPacker.markdownSection(section));
      sizes.add(section.length());
    }
  }

  private List<String> points(List<Point> points, Labels labels, Function<String, String> permalink) {
    return points.stream()
        .map(p -> "• " + attribution.apply(p.text()) + sources(p.sources(), labels, permalink)).toList();
  }

  private static List<String> actions(List<ActionItem> items, Labels labels,
      Function<String, String> permalink) {
    return items.stream().map(a -> "• " + (a.owner() == null ? "" : "<@" + a.owner() + "> ")
        + a.text() + a.dueNotInText().map(due -> " _(" + labels.due() + " " + due + ")_").orElse("")
        + sources(a.sources(), labels, permalink)).toList();
  }

  /** Links to the messages an item came from: one says "source" in the summary's language. */
  private static String sources(List<String> sources, Labels labels,
      Function<String, String> permalink) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < sources.size(); i++) {
      String label = sources.size() == 1 ? labels.source() : String.valueOf(i + 1);
      sb.append(i == 0 ? " " : ", ").append('<').append(permalink.apply(sources.get(i)))
          .append('|').append(label).append('>');
    }
    return sb.toString();
  }
}
