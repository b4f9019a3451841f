package dev.roundup.conversations;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import com.slack.api.model.block.LayoutBlock;
import dev.roundup.slack.BlockPacker;
import dev.roundup.slack.MessagePart;
import dev.roundup.slack.Permalinks;
import dev.roundup.summarize.CatchUp;
import dev.roundup.summarize.CatchUpText;
import dev.roundup.summarize.Labels;
import dev.roundup.summarize.Point;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Renders a catch-up as Block Kit: a header with the period, what waits on the person (each item
 * linked to its message), then each active channel's highlights, decisions and open questions,
 * the quiet channels on one line (with the line of each where something was announced), and the
 * receipt. Every link to a message goes through {@link Permalinks}, a reply's opening its thread. Text from messages is quoted quietly: people
 * are named, never notified.
 */
public final class CatchUpBlocks {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);

  private final BlockPacker packer;
  private final Permalinks permalinks;

  public CatchUpBlocks(BlockPacker packer, Permalinks permalinks) {
    this.packer = packer;
    this.permalinks = permalinks;
  }

  /** @param names user id → display name, for the people quoted */
  public List<MessagePart> render(CatchUp catchUp, ZoneId zone, Function<String, String> names) {
    return render(catchUp, zone, names, channel -> Map.of());
  }

  /**
   * @param names   user id → display name, for the people quoted
   * @param threads channel → (reply ts → its thread's ts) for the messages read there
   */
  public List<MessagePart> render(CatchUp catchUp, ZoneId zone, Function<String, String> names,
      Function<String, Map<String, String>> threads) {
    List<LayoutBlock> blocks = new ArrayList<>();
    List<Integer> sizes = new ArrayList<>();
    String title = ":wave: *Your catch-up since " + WHEN.format(catchUp.since().atZone(zone)) + "*";
    add(blocks, sizes, List.of(title));
    if (catchUp.isEmpty()) {
      add(blocks, sizes, List.of("Nothing new in your channels."));
    }
    if (!catchUp.waiting().isEmpty()) {
      List<String> lines = new ArrayList<>();
      lines.add("*Waiting on you*");
      for (CatchUp.Waiting w : catchUp.waiting()) {
        String link = link(w.channelId(), w.ts(),
            w.threadTs() == null ? Map.of() : Map.of(w.ts(), w.threadTs()));
        lines.add("• " + CatchUpText.label(w.kind()) + " in <#" + w.channelId() + ">"
            + (catchUp.fromSomeoneElse(w) == null ? ""
                : " from " + AnswerBlocks.quiet("<@" + catchUp.fromSomeoneElse(w) + ">", names))
            + ": " + AnswerBlocks.quiet(w.text(), names) + " <" + link + "|view>");
      }
      add(blocks, sizes, lines);
    }
    for (CatchUp.ChannelCatchUp c : catchUp.active()) {
      List<String> lines = new ArrayList<>();
      lines.add("*<#" + c.channelId() + ">* — " + c.messages()
          + (c.messages() == 1 ? " message, " : " messages, ") + c.participants()
          + (c.participants() == 1 ? " person" : " people"));
      Map<String, String> threadOf = threads.apply(c.channelId());
      points(lines, "Highlights", c.channelId(), c.highlights(), names, threadOf);
      points(lines, "Decisions", c.channelId(), c.decisions(), names, threadOf);
      points(lines, "Open questions", c.channelId(), c.openQuestions(), names, threadOf);
      if (c.note() != null) {
        lines.add("_" + c.note() + "_");
      }
      add(blocks, sizes, lines);
    }
    if (!catchUp.quiet().isEmpty()) {
      List<String> lines = new ArrayList<>();
      lines.add("Quiet: " + String.join(", ", catchUp.quiet().stream()
          .map(c -> "<#" + c.channelId() + "> (" + c.messages() + ")").toList()));
      // A quiet channel where something was announced shows that line: a count would hide it.
      for (CatchUp.ChannelCatchUp c : catchUp.quiet()) {
        for (Point p : c.highlights()) {
          lines.add("• <#" + c.channelId() + ">: " + point(p, c.channelId(), names,
              threads.apply(c.channelId())));
        }
      }
      add(blocks, sizes, lines);
    }
    String receipt = ":receipt: " + catchUp.receipt().line(Labels.ENGLISH);
    blocks.add(context(c -> c.elements(List.of(markdownText(receipt)))));
    sizes.add(receipt.length());
    String fallback = "Your catch-up: " + catchUp.waiting().size() + " waiting on you, "
        + catchUp.active().size() + " active channels";
    List<MessagePart> parts = new ArrayList<>();
    for (List<LayoutBlock> message : packer.messages(blocks, sizes)) {
      parts.add(new MessagePart(fallback, message));
    }
    return parts;
  }

  private void points(List<String> lines, String title, String channel, List<Point> points,
      Function<String, String> names, Map<String, String> threadOf) {
    if (points.isEmpty()) {
      return;
    }
    lines.add("_" + title + "_");
    for (Point p : points) {
      lines.add("• " + point(p, channel, names, threadOf));
    }
  }

  /** A point quoted quietly, with a link to the message it came from. */
  private String point(Point p, String channel, Function<String, String> names,
      Map<String, String> threadOf) {
    String source = p.sources().isEmpty() ? ""
        : " <" + link(channel, p.sources().get(0), threadOf) + "|view>";
    return AnswerBlocks.quiet(p.text(), names) + source;
  }

  /** The link to a message; a reply's ({@code threadOf} names its thread) opens its thread. */
  private String link(String channel, String ts, Map<String, String> threadOf) {
    return permalinks.forChannel(channel, ts, threadOf).apply(ts);
  }

  private void add(List<LayoutBlock> blocks, List<Integer> sizes, List<String> lines) {
    for (String section : packer.sections(lines)) {
      blocks.add(BlockPacker.markdownSection(section));
      sizes.add(section.length());
    }
  }
}
