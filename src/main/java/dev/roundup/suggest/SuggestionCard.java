package dev.roundup.suggest;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import com.slack.api.model.block.LayoutBlock;
import dev.roundup.slack.BlockPacker;
import dev.roundup.slack.SlackText;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The card a suggestion is offered on, in the DM and in the App Home: why (what the person did and
 * when, with links to the messages or the commands' times), the proposed task in Roundup's own
 * words with its next three runs, and four buttons: Schedule it, Edit first, Not now, Never suggest
 * this. The buttons carry the suggestion's id.
 */
final class SuggestionCard {

  static final String SCHEDULE = "suggest_schedule";
  static final String EDIT = "suggest_edit";
  static final String NOT_NOW = "suggest_not_now";
  static final String NEVER = "suggest_never";
  /** Evidence cited on the card; the newest ones. */
  static final int CITED = 6;

  static final DateTimeFormatter RUN_TIME = DateTimeFormatter.ofPattern("EEE d MMM uuuu, h:mm a z", Locale.ENGLISH);
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM, h:mm a", Locale.ENGLISH);

  private SuggestionCard() {}

  /**
   * @param link a message's permalink (its ts when none could be had)
   */
  static List<LayoutBlock> blocks(Suggestion s, ZoneId zone, ZonedDateTime now, Function<Occurrence, String> link) {
    Proposal p = Proposal.of(s);
    List<LayoutBlock> blocks = new ArrayList<>();
    blocks.add(BlockPacker.markdownSection(why(s)));
    List<ZonedDateTime> runs = p.nextRuns(zone, now);
    blocks.add(BlockPacker.markdownSection("*Proposed task:* " + SlackText.escape(p.describe(zone, now))
        + (runs.isEmpty() ? "" : "\n*Next runs:* " + runs.stream().map(RUN_TIME::format)
            .collect(Collectors.joining(" · ")))));
    blocks.add(context(c -> c.elements(List.of(markdownText(evidence(s, zone, link)
        + "\nAt most one suggestion a week; `/task suggestions off` stops them.")))));
    String id = String.valueOf(s.id());
    blocks.add(actions(a -> a.blockId("suggest_" + id).elements(List.of(
        button(b -> b.actionId(SCHEDULE).text(plainText("Schedule it")).style("primary").value(id)),
        button(b -> b.actionId(EDIT).text(plainText("Edit first")).value(id)),
        button(b -> b.actionId(NOT_NOW).text(plainText("Not now")).value(id)),
        button(b -> b.actionId(NEVER).text(plainText("Never suggest this")).value(id))))));
    return blocks;
  }

  /** "You've posted *Timesheets…* in #team on each of the last 4 Fridays around 10:00 AM. Want me to…" */
  static String why(Suggestion s) {
    String channel = "<#" + s.channel() + ">";
    return switch (s.kind()) {
      case REMIND -> "You've posted *" + SlackText.escape(Proposal.taskText(s.text())).replace("*", "")
          + "* in " + channel + " " + s.pattern() + ". Want me to post it for you?";
      case SUMMARIZE -> "You've asked me to summarize " + channel
          + (s.window().isEmpty() ? "" : " (" + s.window() + ")") + " " + s.pattern()
          + ". Want me to send you that summary on a schedule?";
      case DIGEST -> "You've asked me to summarize " + channel + " " + s.pattern()
          + ". A digest would bring it to you. Want one?";
    };
  }

  /** The plain-text line notifications show. */
  static String fallback(Suggestion s) {
    return "A suggestion from Roundup: " + why(s).replace("*", "");
  }

  private static String evidence(Suggestion s, ZoneId zone, Function<Occurrence, String> link) {
    List<Occurrence> cited = s.evidence().subList(Math.max(0, s.evidence().size() - CITED), s.evidence().size());
    String items = cited.stream().map(o -> {
      String when = WHEN.format(o.at().atZone(zone));
      if (!o.isMessage()) {
        return SlackText.echo(o.command()) + " (" + when + ")";
      }
      String url = link.apply(o);
      return url.startsWith("http") ? "<" + url + "|" + when + ">" : when;
    }).collect(Collectors.joining(" · "));
    return "Seen: " + items + (cited.size() < s.evidence().size() ? " and earlier" : "");
  }

  /** What the card becomes once answered: one line, no buttons. */
  static List<LayoutBlock> answered(String text) {
    return List.of(BlockPacker.markdownSection(text));
  }
}
