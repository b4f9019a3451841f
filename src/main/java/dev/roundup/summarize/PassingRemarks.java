package dev.roundup.summarize;

import dev.roundup.summarize.ActionCandidate.Kind;
import java.util.regex.Pattern;

/**
 * First-person words that read like a commitment and leave nothing to do: a bare "I'll look"
 * said on first hearing of a problem ("je regarde", "確認します", "lo miro"), whose findings
 * follow in the thread; a proposal put in the first person ("Je propose qu'on migre vers
 * Outline", "I propose we …"), which the group decides on; and a check made first, before a
 * question can be answered ("not deciding that today, I need to check with finance first",
 * "Weiß ich noch nicht, ich frage erst nach den Urlaubsplänen"), which keeps the question open
 * rather than adds a task; and what the speaker did before ("je l'avais déjà faite l'an
 * dernier").
 */
final class PassingRemarks {

  private static final Pattern BARE_LOOK = Pattern.compile("(?iu)^[^\\p{L}\\p{N}]*(?:(?:ok|okay|sure|oui"
      + "|sí|vale|ja|sim|ok\\s+je)[\\s,!.]+)?(?:I'?ll\\s+(?:take\\s+a\\s+)?look|I'?ll\\s+check"
      + "|let\\s+me\\s+(?:check|look)|checking|looking|je\\s+regarde|je\\s+vérifie|je\\s+check"
      + "|je\\s+jette\\s+un\\s+œil|ich\\s+schau(?:e)?(?:\\s+(?:mal|nach))*|schau\\s+ich\\s+(?:mir\\s+)?"
      + "(?:an|nach)|ich\\s+prüf(?:e)?|(?:lo\\s+)?(?:miro|reviso|veo)|(?:eu\\s+)?vejo|vou\\s+(?:ver"
      + "|verificar|olhar)|確認します|見てみます|見ます|調べます)(?:\\s+(?:it|that|this|ça|das|es"
      + "|eso|isso|now|mal|ahora|agora|maintenant|jetzt))?[\\s.!。…]*$");
  private static final Pattern FIRST_PERSON_PROPOSAL = Pattern.compile("(?iu)\\b(?:je\\s+propose"
      + "\\s+(?:qu|de\\s+)|I\\s+(?:propose|suggest)\\s+(?:we|that)\\b|ich\\s+schlage\\s+vor"
      + "|propongo\\s+que|proponho\\s+que|sugiro\\s+que|sugiero\\s+que)");
  /** Checking or asking, then "first": "check with finance first", "frage erst nach …". */
  private static final Pattern CHECK_FIRST = Pattern.compile("(?iu)\\b(?:check|ask|confirm"
      + "|find\\s+out|frag|prüf|kläre|klär|vérifi|demand|pregunt|consult|verific|pergunt)"
      + "[^.!?]*?\\b(?:first|erst|d'abord|primero|antes|primeiro)\\b(?!\\s+thing)|\\berst\\s+(?:nach|mal)?"
      + "[^.!?]*?\\b(?:frag|prüf|klär)");

  /**
   * What the speaker did before, told with "already": "moi, je l'avais déjà faite l'an dernier",
   * "I already did that last year", "ich hab das schon mal gemacht", "ya lo hice el año pasado",
   * "eu já fiz isso". It says why they take something on; the task is said next.
   */
  private static final Pattern DONE_BEFORE = Pattern.compile("(?iu)\\bI(?:'d|\\s+had)?\\s+"
      + "already\\s+(?:did|done|had|ran|wrote|set)\\b|\\bj'(?:avais|ai)\\s+déjà\\b"
      + "|\\bje\\s+l'(?:avais|ai)\\s+déjà\\b|\\bich\\s+(?:hatte|habe|hab)\\s+(?:\\p{L}+\\s+)?"
      + "schon\\s+(?:mal\\s+)?(?:\\p{L}+\\s+)?ge\\p{L}+t\\b|\\bya\\s+(?:lo\\s+|la\\s+)?(?:había"
      + "|hice|he\\s+\\p{L}+ado)\\b|\\beu\\s+já\\s+(?:fiz|tinha|fazia)\\b");

  private PassingRemarks() {}

  /** Whether the candidate, found in the sentence, is one of these remarks. */
  static boolean isOne(PreparedConversation c, Sentence s, ActionCandidate candidate) {
    if (candidate.kind != Kind.COMMITMENT) {
      return false;
    }
    String text = TaskWording.ACCEPTANCE_OPENER.matcher(s.text()).replaceFirst("");
    return BARE_LOOK.matcher(text).find() || FIRST_PERSON_PROPOSAL.matcher(text).find()
        || DONE_BEFORE.matcher(text).find()
        || CHECK_FIRST.matcher(text).find() && answersAQuestion(c, s);
  }

  private static boolean answersAQuestion(PreparedConversation c, Sentence s) {
    return c.preceding(s.messageIndex(), 1).stream()
        .anyMatch(i -> c.sentencesOf(i).stream().anyMatch(Sentence::isQuestion));
  }
}
