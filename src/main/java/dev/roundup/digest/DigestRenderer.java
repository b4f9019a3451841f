package dev.roundup.digest;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import com.slack.api.model.block.LayoutBlock;
import dev.roundup.ingest.SlackTs;
import dev.roundup.slack.BlockPacker;
import dev.roundup.slack.MessagePart;
import dev.roundup.slack.QuietAttribution;
import dev.roundup.slack.SlackText;
import dev.roundup.summarize.Labels;
import dev.roundup.summarize.ActionItem;
import dev.roundup.summarize.Point;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Renders a {@link Digest} as Block Kit messages within Slack's limits: the header, the focus and
 * notes, one block group per active channel (threads with TL;DR and reply counts, decisions,
 * action items, mentions of the reader), then the quiet channels one line each, those where nothing
 * was said together on one line ("No messages: #a, #b"). Every item links to
 * its source. What does not fit one message continues in the next, each labelled "Part i of n":
 * nothing is cut.
 */
public final class DigestRenderer {

  private final BlockPacker packer;
  private final QuietAttribution attribution;

  public DigestRenderer(BlockPacker packer) {
    this(packer, QuietAttribution.KEEP_MENTIONS);
  }

  public DigestRenderer(BlockPacker packer, QuietAttribution attribution) {
    this.packer = packer;
    this.attribution = attribution;
  }

  public List<MessagePart> render(Digest digest, DigestLinks links) {
    List<LayoutBlock> blocks = new ArrayList<>();
    List<Integer> sizes = new ArrayList<>();
    String heading = DigestHeader.line(digest);
    add(blocks, sizes, List.of("*" + heading + "*"));
    if (digest.focus() != null) {
      String focus = ":dart: Focus: " + digest.focus();
      blocks.add(context(c -> c.elements(List.of(markdownText(focus)))));
      sizes.add(focus.length());
    }
    if (!digest.notes().isEmpty()) {
      add(blocks, sizes, digest.notes().stream().map(n -> ":information_source: " + n).toList());
    }
    String change = DigestChange.line(digest);
    if (change != null) {
      blocks.add(context(c -> c.elements(List.of(markdownText(change)))));
      sizes.add(change.length());
    }
    for (ChannelDigest c : digest.active()) {
      blocks.add(divider());
      sizes.add(0);
      add(blocks, sizes, channelLines(c, links, digest.period()));
    }
    if (!digest.quiet().isEmpty()) {
      blocks.add(divider());
      sizes.add(0);
      List<String> lines = new ArrayList<>();
      lines.add("*Quiet channels*");
      List<String> silent = new ArrayList<>();
      for (ChannelDigest c : digest.quiet()) {
        if (c.messages() == 0 && c.note() == null) {
          silent.add("#" + c.name());
        } else {
          lines.add(c.quietLine() + (c.note() == null ? "" : " _(" + c.note() + ")_"));
        }
      }
      if (!silent.isEmpty()) {
        // Thirty "no messages" lines say less than one line naming the thirty channels.
        lines.add("No messages: " + String.join(", ", silent));
      }
      add(blocks, sizes, lines);
    }
    String receipt = ":receipt: " + digest.receipt().line(Labels.ENGLISH);
    blocks.add(context(c -> c.elements(List.of(markdownText(receipt)))));
    sizes.add(receipt.length());
    List<List<LayoutBlock>> messages = packer.messages(blocks, sizes);
    List<MessagePart> parts = new ArrayList<>();
    for (int i = 0; i < messages.size(); i++) {
      List<LayoutBlock> body = new ArrayList<>(messages.get(i));
      String text = heading;
      if (messages.size() > 1) {
        String label = "Part " + (i + 1) + " of " + messages.size();
        text = heading + " (" + label.toLowerCase() + ")";
        body.add(context(c -> c.elements(List.of(markdownText(label)))));
      }
      parts.add(new MessagePart(text, body));
    }
    return parts;
  }

  /**
   * An action item's due date for a reader days later: as written when the text does not say it,
   * and the day it names, counted from the day it was said ("on Monday" said on Friday 11
   * December: Mon 14 Dec), since that Monday may be past by the time the digest is read.
   */
  static String due(ActionItem a, ZoneId zone) {
    if (a.due() == null) {
      return "";
    }
    Optional<LocalDate> day = a.sources().isEmpty() ? Optional.empty()
        : a.dueDay(SlackTs.toInstant(a.sources().get(0)).atZone(zone).toLocalDate());
    String words = a.dueNotInText().map(d -> "due " + d).orElse("");
    String date = day.map(DigestHeader.DAY::format).orElse("");
    String both = words.isEmpty() || date.isEmpty() ? words + date : words + ": " + date;
    return both.isEmpty() ? "" : " _(" + both + ")_";
  }

  private List<String> channelLines(ChannelDigest c, DigestLinks links, DigestPeriod period) {
    List<String> lines = new ArrayList<>();
    lines.add("*#" + c.name() + "* — " + DigestHeader.counts(c));
    if (c.note() != null) {
      lines.add(":warning: _" + c.note() + "_");
    }
    for (ThreadItem t : c.threads()) {
      lines.add("• " + (DigestChange.isNew(t, period) ? "*New* " : "_Continued_ ")
          + (t.focusHit() ? ":dart: " : "") + escape(t.tldr()) + " — <"
          + links.to(c.id(), t.ts(), null) + "|" + ThreadItem.repliesInWords(t.replies())
          + ">");
      for (AnsweredQuestion a : t.answered()) {
        lines.add("   ↳ Answered since the last digest: " + escape(a.text()) + " — "
            + (a.answerAuthor() == null ? "" : escape(SlackText.mention(a.answerAuthor())) + " ")
            + "<" + links.to(c.id(), a.answerTs(), t.ts()) + "|replied>");
      }
    }
    if (!c.decisions().isEmpty()) {
      lines.add("*Decisions*");
      for (Point p : c.decisions()) {
        lines.add("• " + escape(p.text()) + sources(c.id(), p.sources(), links));
      }
    }
    if (!c.actionItems().isEmpty()) {
      lines.add("*Action items*");
      for (ActionItem a : c.actionItems()) {
        lines.add("• " + (a.owner() == null ? "" : "<@" + a.owner() + "> ") + escape(a.text())
            + due(a, period.zone()) + sources(c.id(), a.sources(), links));
      }
    }
    if (!c.mentions().isEmpty()) {
      lines.add("*Mentions you*");
      for (MentionItem m : c.mentions()) {
        lines.add("• " + escape(m.author() == null ? m.text() : "<@" + m.author() + ">: " + m.text())
            + " <" + links.to(c.id(), m.ts(), m.threadTs()) + "|view>");
      }
    }
    return lines;
  }

  private static String sources(String channel, List<String> sources, DigestLinks links) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < sources.size(); i++) {
      sb.append(i == 0 ? " " : ", ").append('<').append(links.to(channel, sources.get(i), null))
          .append('|').append(sources.size() == 1 ? "source" : String.valueOf(i + 1)).append('>');
    }
    return sb.toString();
  }

  /** Message text is already escaped by Slack (&amp; &lt; &gt;), so it goes in as it is. */
  /** Attribution in bold rather than as a mention, so quoting someone does not notify them. */
  private String escape(String text) {
    return attribution.apply(text);
  }

  private void add(List<LayoutBlock> blocks, List<Integer> sizes, List<String> lines) {
    for (String section : packer.sections(lines)) {
      blocks.add(BlockPacker.markdownSection(section));
      sizes.add(section.length());
    }
  }
}
