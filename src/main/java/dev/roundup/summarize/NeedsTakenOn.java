package dev.roundup.summarize;

import dev.roundup.slack.SlackText;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A need for someone, said as a statement rather than asked, and taken by the next voice naming
 * itself: "also we need someone to be onsite on the 13th for the ISP install" — "I can be
 * there"; "wir brauchen noch jemanden, der in der Nacht dabei ist" — "ich bin dabei"; "il faut
 * quelqu'un pour accueillir le prestataire" — "moi, je peux"; and a who-question the other rules
 * leave ("wer ist in der Nacht dabei? ich kann, aber nicht allein" — "ich bin dabei"). The one
 * who named themselves owns what the need names, in place of the reply read on its own as a
 * commitment without its object. A reply that names someone else, says no or puts it off takes
 * nothing; a need an item already cites is left to the other rules.
 */
final class NeedsTakenOn {

  /** The need, in each cue language; the task follows the match. */
  private static final Pattern NEED = Pattern.compile("(?iu)\\b(?:we(?:'ll|\\s+will)?\\s+(?:still\\s+)?need"
      + "|(?:still\\s+)?need(?:s)?)\\s+(?:someone|somebody|a\\s+volunteer|a\\s+person|one\\s+person)"
      + "\\s+(?:to|for)\\s+|\\bwir\\s+brauchen\\s+(?:noch\\s+)?(?:jemanden|eine[n]?\\s+person)"
      + "[\\s,]+(?:der|die|für)\\s+|\\bil\\s+(?:nous\\s+)?faut\\s+(?:encore\\s+)?quelqu'un\\s+"
      + "(?:pour|qui)\\s+|\\bon\\s+a\\s+besoin\\s+de\\s+quelqu'un\\s+(?:pour|qui)\\s+"
      + "|\\bnecesitamos\\s+(?:a\\s+)?alguien\\s+(?:que|para)\\s+|\\bfalta\\s+alguien\\s+(?:que|para)"
      + "\\s+|\\bprecisamos\\s+de\\s+alguém\\s+(?:para|que)\\s+|\\bfalta\\s+alguém\\s+(?:para|que)"
      + "\\s+");
  /** Japanese: "…に立ち会ってくれる人が必要です", "…できる人が要ります"; the task comes before. */
  private static final Pattern NEED_JA = Pattern.compile("^(.+?)(?:くれる|もらえる|できる|する)人が"
      + "(?:必要|要ります|いります|欲しい)");
  /**
   * A reply naming its speaker as the one, beside {@link ReplyWords#self()}: "I can be there",
   * "count me in", "ich bin dabei", "je peux", "moi", "puedo yo", "eu posso", "私が行けます".
   */
  private static final Pattern PRESENT = Pattern.compile("(?iu)^\\W*(?:i\\s+can\\s+be\\s+there"
      + "|i'?ll\\s+be\\s+there|count\\s+me\\s+in|ich\\s+bin\\s+dabei|je\\s+peux|je\\s+serai\\s+là"
      + "|puedo\\s+yo|yo\\s+puedo|eu\\s+posso|posso\\s+eu|(?:私|僕|自分)(?:が|で)?(?:行けます|行きます"
      + "|対応できます|やります))");

  private NeedsTakenOn() {}

  /** The items found, with each need taken by the next voice and cited by none added. */
  static List<Detection<ActionItem>> addTasks(PreparedConversation c,
      List<Detection<ActionItem>> found) {
    Set<Integer> cited = c.messagesCitedBy(found);
    List<Detection<ActionItem>> all = new ArrayList<>(found);
    for (Sentence s : c.sentences()) {
      if (s.user() == null || cited.contains(s.messageIndex())) {
        continue;
      }
      String task = s.isQuestion() ? asked(c, s.text()) : task(s.text());
      int r = c.firstOtherVoice(s.messageIndex(), 1);
      if (task != null && r >= 0 && !s.isQuestion() && agreesOnly(c, r)) {
        // "we'll need someone to handle travel for the speakers" — "yeah": agreed, nobody named.
        all.add(new Detection<>(new ActionItem(null, Sentences.capitalize(task),
            DueDates.find(s.text()).orElse(null), List.of(s.ts())), Set.of(s.index())));
        cited.add(s.messageIndex());
        continue;
      }
      if (task == null || r < 0 || !takes(c, r)) {
        continue;
      }
      Message reply = c.messages().get(r);
      // "je peux, je serai là" read on its own is a commitment without its object: the need
      // names it. "moi, je la passe avant le 15" names its own.
      boolean present = RegexPrefilter.find(PRESENT, c.plainText(r));
      Optional<Detection<ActionItem>> bare = !present ? Optional.empty() : all.stream()
          .filter(d -> c.messagesOf(d).equals(Set.of(r)) && reply.user().equals(d.value().owner()))
          .findFirst();
      if (cited.contains(r) && bare.isEmpty()) {
        continue;
      }
      bare.ifPresent(all::remove);
      Set<Integer> sentences = new HashSet<>(Set.of(s.index()));
      c.sentencesOf(r).forEach(t -> sentences.add(t.index()));
      all.add(new Detection<>(new ActionItem(reply.user(), Sentences.capitalize(task),
          DueDates.find(s.text()).orElse(null), List.of(s.ts(), reply.ts())), sentences));
      cited.add(r);
      cited.add(s.messageIndex());
    }
    return all;
  }

  /** What the need names to be done, or null when the sentence states no need. */
  private static String task(String text) {
    Matcher need = RegexPrefilter.firstMatch(NEED, text);
    if (need != null) {
      String rest = text.substring(need.end()).replaceAll("[.!。]+$", "").strip();
      return Terms.content(rest).isEmpty() ? null : rest;
    }
    Matcher ja = RegexPrefilter.firstMatch(NEED_JA, text);
    return ja != null ? ja.group(1).strip() : null;
  }

  /**
   * What a who-question names, when the message asking it also says more than the question
   * ("wer ist in der Nacht dabei? ich kann, aber nicht allein"), which {@link RepliesTakingItOn}
   * leaves to this class.
   */
  private static String asked(PreparedConversation c, String question) {
    Matcher who = ReplyWords.of(c.cues()).whoTakes().matcher(question);
    if (!who.find() || who.start() > 0) {
      return null;
    }
    String rest = question.substring(who.end()).replaceAll("[?？¿]+", "").strip();
    return Terms.content(rest).isEmpty() ? null : rest;
  }

  /** Whether the reply only agrees ("yeah", "+1"), naming nobody, itself included. */
  private static boolean agreesOnly(PreparedConversation c, int reply) {
    return Agreement.isAgreement(c.cues(), c.messages().get(reply).text(), c.plainText(reply))
        && !takes(c, reply) && SlackText.userIds(c.messages().get(reply).text()).isEmpty()
        && !RegexPrefilter.find(ReplyWords.of(c.cues()).self(), c.plainText(reply));
  }

  /** Whether the reply names its speaker as the one, and neither refuses nor sends it on. */
  private static boolean takes(PreparedConversation c, int reply) {
    String plain = c.plainText(reply);
    ReplyWords words = ReplyWords.of(c.cues());
    return (RegexPrefilter.find(PRESENT, plain) || RegexPrefilter.find(words.self(), plain))
        && !RegexPrefilter.find(words.no(), plain) && !c.model().mentionsSomeoneElse(reply)
        && !c.cues().isDeferral(plain) && !RegexPrefilter.find(c.cues().nonAnswer(), plain)
        && c.sentencesOf(reply).stream().noneMatch(Sentence::isQuestion);
  }
}
