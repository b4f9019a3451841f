package dev.roundup.summarize;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * "No deploys from Dec 20 to Jan 3. Objections?" — "none from me": a plan put to the group that
 * asks for objections stands when the first reply raises none.
 */
final class UnopposedPlans {

  /** A call that asks for dissent ("Objections?", "Einwände?") rather than for consent. */
  private static final Pattern DISSENT_ASKED = Pattern.compile(
      "(?iu)\\b(?:objections?|concerns?|disagree\\w*|pushback|complaints?|einwände|bedenken"
          + "|widerspruch|objeci(?:ón|ones)|objeç(?:ão|ões))\\b|異論|反対");
  /** A reply that opens with a bare yes. */
  private static final Pattern AFFIRMATIVE = Pattern.compile(
      "(?iu)^\\W*(?:yes|yeah|yep|yup|ja|oui|sí|sim|はい)(?!\\p{L})");

  private UnopposedPlans() {}

  static Optional<Detection<Point>> planWithoutObjection(PreparedConversation c,
      Sentence q, Set<Integer> used) {
    Cues cues = c.cues();
    if (q.index() == 0 || !RegexPrefilter.find(cues.choices().objectionCall(), q.text())) {
      return Optional.empty();
    }
    Sentence plan = c.sentences().get(q.index() - 1);
    if (plan.messageIndex() != q.messageIndex() || plan.isQuestion() || plan.terms().size() < 2
        || used.contains(plan.index()) || cues.isDeferral(plan.text())) {
      return Optional.empty();
    }
    for (int i : c.following(q.messageIndex(), DecisionDetector.AGREEMENT_WINDOW)) {
      Message reply = c.messages().get(i);
      if (reply.user() == null || reply.user().equals(q.user())) {
        continue;
      }
      String plain = c.plainText(i);
      // "Objections?" — "yes, Mondays are bad": asked for dissent, a yes is dissent.
      boolean dissent = RegexPrefilter.find(DISSENT_ASKED, q.text())
          && RegexPrefilter.find(AFFIRMATIVE, plain);
      boolean stands = RegexPrefilter.find(cues.choices().noObjection(), plain)
          || !dissent && Agreement.isAgreement(cues, reply.text(), plain)
              && !AgreedProposals.goesOnAsStory(c, i);
      if (!stands || !used.add(plan.index())) {
        return Optional.empty();
      }
      used.add(q.index());
      Set<Integer> sentences = new HashSet<>(Set.of(plan.index(), q.index()));
      c.sentencesOf(i).forEach(t -> sentences.add(t.index()));
      return Optional.of(new Detection<>(new Point(DecisionDetector.readable(cues, plan.text()),
          List.of(plan.ts(), reply.ts())), sentences));
    }
    return Optional.empty();
  }
}
