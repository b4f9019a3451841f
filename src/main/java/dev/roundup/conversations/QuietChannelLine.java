package dev.roundup.conversations;

import dev.roundup.slack.SlackMarkup;
import dev.roundup.summarize.Conversation;
import dev.roundup.summarize.Message;
import dev.roundup.summarize.Point;
import dev.roundup.summarize.Summarizer;
import dev.roundup.summarize.Summary;
import dev.roundup.summarize.SummaryOptions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a quiet channel of a catch-up (a few messages beside busier channels, nothing decided or
 * waiting) shows besides its count: nothing, unless a message there announces or settles
 * something people need ("The all-hands moves to 17:00 CET"), which one line under "Quiet" must
 * not hide. That line is the summarizer's own pick — its one highlight of those messages — so a
 * quiet channel's line is chosen the way every key point is; the words below only say which
 * messages announce or decide, in the languages Roundup reads.
 */
final class QuietChannelLine {

  /** Announcements: a label opening the message ("Heads up:", "Rappel :", "Achtung:"). */
  private static final Pattern LABELLED = Pattern.compile("(?iu)^\\W*(?:heads[\\s-]?up|fyi|psa"
      + "|reminder|announcement|important|notice|please\\s+note|note|update|attention|achtung"
      + "|hinweis|info|erinnerung|wichtig|zur\\s+info|rappel|annonce|à\\s+noter|aviso"
      + "|recordatorio|importante|atención|ojo|lembrete|atenção|お知らせ|連絡|リマインド)\\b");
  /**
   * Changes of plan and decisions said plainly: what moved, was called off or holds from now on,
   * and what was decided.
   */
  private static final Pattern ANNOUNCES = Pattern.compile("(?iu)\\b(?:mov(?:es|ed|ing)\\s+to"
      + "|(?:is|are)\\s+now\\s+(?:at|on|in)|pushed\\s+(?:back|to)|postponed|rescheduled|delayed"
      + "|brought\\s+forward|cancel+ed|called\\s+off|from\\s+now\\s+on|going\\s+forward"
      + "|effective\\s+(?:immediately|today|tomorrow|monday|tuesday|wednesday|thursday|friday)"
      + "|deadline|(?:is|are)\\s+due|we(?:'ve|\\s+have)?\\s+decided|decided\\s+to|decision"
      + "|(?:we'll|we\\s+will)\\s+go\\s+with|agreed\\s+to"
      // de
      + "|verschoben|verlegt|abgesagt|fällt\\s+aus|ab\\s+sofort|ab\\s+jetzt|künftig|beschlossen"
      + "|entschieden|frist"
      // fr
      + "|report[ée]e?s?|décal[ée]e?s?|déplac[ée]e?s?|annul[ée]e?s?|désormais|dorénavant"
      + "|à\\s+partir\\s+de|décid[ée]|date\\s+limite|échéance"
      // es, pt
      + "|se\\s+(?:mueve|pospone|cancela)|pospuest[oa]|aplazad[oa]|cancelad[oa]|a\\s+partir\\s+de"
      + "|decidid[oa]|decidimos|fecha\\s+límite|adiad[oa]|remarcad[oa]|prazo)\\b"
      + "|延期|中止|変更|決定|締め切り|締切");

  private final Summarizer summarizer;

  QuietChannelLine(Summarizer summarizer) {
    this.summarizer = summarizer;
  }

  /**
   * The line a quiet channel shows, if one of its messages announces or decides something: the
   * summarizer's most telling sentence of those messages, citing its message.
   *
   * @param names user id → display name, for the summarizer to read names by
   */
  Optional<Point> of(String channelId, List<Message> messages, Map<String, String> names) {
    List<Message> telling = messages.stream()
        .filter(m -> !m.addressedToBot() && announces(m.text())).toList();
    if (telling.isEmpty()) {
      return Optional.empty();
    }
    Summary summary = summarizer.summarize(new Conversation(channelId, telling, names),
        new SummaryOptions(null, 1).withoutTldr());
    return summary.decisions().stream().findFirst()
        .or(() -> summary.highlights().stream().findFirst());
  }

  /** Whether a message announces or settles something (a label, a change of plan, a decision). */
  static boolean announces(String text) {
    String plain = SlackMarkup.toPlainText(text == null ? "" : text);
    return LABELLED.matcher(plain).find() || ANNOUNCES.matcher(plain).find();
  }
}
