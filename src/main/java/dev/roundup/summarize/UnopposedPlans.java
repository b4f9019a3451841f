package dev.roundup.summarize;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * "No deploys from Dec 20 to Jan 3. Objections?" — "none from me": a plan put to the group that
 * asks for objections stands when the first reply raises none. So does a plan said with an
 * invitation to object that is no question ({@link #addInvited}: "if it passes we pour fri 6am,
 * two pumps. any objections shout now" — "fine by me"), its condition kept in its words.
 */
final class UnopposedPlans {

  /** A call that asks for dissent ("Objections?", "Einwände?") rather than for consent. */
  private static final Pattern DISSENT_ASKED = Pattern.compile(
      "(?iu)\\b(?:objections?|concerns?|disagree\\w*|pushback|complaints?|einwände|bedenken"
          + "|widerspruch|objeci(?:ón|ones)|objeç(?:ão|ões))\\b|異論|反対");
  /** A reply that opens with a bare yes. */
  private static final Pattern AFFIRMATIVE = Pattern.compile(
      "(?iu)^\\W*(?:yes|yeah|yep|yup|ja|oui|sí|sim|はい)(?!\\p{L})");

  /**
   * An invitation to object said as a statement, in every cue language: "any objections shout
   * now", "shout if you disagree", "speak up if this breaks anything", "meldet euch, wenn ihr
   * dagegen seid", "dites-le si ça ne va pas", "avisad si no os cuadra", "avisem se não der",
   * "異論なければこれで行きます".
   */
  private static final Pattern OBJECTION_INVITED = Pattern.compile(
      "(?iu)\\b(?:shout|speak\\s+up|yell|holler|object)\\b[^.!?]{0,30}?\\b(?:if|now)\\b"
          + "|\\bany\\s+objections?\\b[^?]*$"
          + "|\\b(?:meldet\\s+euch|sagt\\s+(?:Bescheid|es)|ruft)\\b[^.!?]{0,30}?\\b(?:wenn|falls)\\b"
          + "|\\b(?:dites(?:-le)?|criez|signalez(?:-le)?|faites\\s+signe)\\b[^.!?]{0,30}?\\bsi\\b"
          + "|\\b(?:avisad|avisen|decidme|decídmelo|gritad)\\b[^.!?]{0,30}?\\bsi\\b"
          + "|\\b(?:avisem|gritem|falem)\\b[^.!?]{0,30}?\\bse\\b"
          + "|(?:異論|反対|問題)(?:が|は)?(?:なければ|ない場合は)");
  private UnopposedPlans() {}

  /**
   * Plans said with an invitation to object that is not a question ("level 2 slab. rebar
   * inspection booked thu 8am. if it passes we pour fri 6am, 120m3, two pumps. ray your crew
   * starts 5:30. any objections shout now" — "fine by me"): the plan stands when the first other
   * voice agrees or raises nothing. The plan is what the message says will happen, its
   * conditions included; not the invitation, questions, reports, a heading of a word or two, nor
   * work said to someone by name (their task). Near misses: a reply that objects, asks or puts it
   * off; a message whose every other sentence only reports.
   */
  static void addInvited(PreparedConversation c, List<Detection<Point>> found, Set<Integer> used) {
    Cues cues = c.cues();
    for (int m = 0; m < c.messages().size(); m++) {
      List<Sentence> said = c.sentencesOf(m);
      if (said.size() < 2 || c.messages().get(m).user() == null) {
        continue;
      }
      Sentence call = said.get(said.size() - 1);
      if (call.isQuestion() || !RegexPrefilter.find(OBJECTION_INVITED, call.text())
          || said.stream().anyMatch(t -> used.contains(t.index()))
          || c.messagesCitedBy(found).contains(m)) {
        continue;
      }
      int r = c.firstOtherVoice(m, DecisionDetector.AGREEMENT_WINDOW);
      if (r < 0) {
        continue;
      }
      ConversationModel.Act act = c.model().act(r);
      String plain = c.plainText(r);
      boolean stands = RegexPrefilter.find(cues.choices().noObjection(), plain)
          || act == ConversationModel.Act.AGREEMENT && !AgreedProposals.goesOnAsStory(c, r);
      if (!stands) {
        continue;
      }
      List<Sentence> plan = new java.util.ArrayList<>();
      for (Sentence s : said.subList(0, said.size() - 1)) {
        if (!s.isQuestion() && s.terms().size() >= 2 && !used.contains(s.index())
            && !cues.isDeferral(s.text()) && !PlansWithWorkHandedOut.reports(c, s)
            && RequestsToSomeone.request(c, s).isEmpty()) {
          plan.add(s);
        }
      }
      if (plan.isEmpty()) {
        continue;
      }
      Detection<Point> said0 = DecisionDetector.said(c, plan);
      Set<Integer> sentences = new HashSet<>(said0.sentenceIndices());
      sentences.add(call.index());
      c.sentencesOf(r).forEach(t -> sentences.add(t.index()));
      used.addAll(sentences);
      found.add(new Detection<>(new Point(said0.value().text(),
          List.of(c.messages().get(m).ts(), c.messages().get(r).ts())), sentences,
          said0.saidBy()));
    }
  }

  static Optional<Detection<Point>> planWithoutObjection(PreparedConversation c,
      Sentence q, Set<Integer> used) {
    Cues cues = c.cues();
    if (q.index() == 0 || !RegexPrefilter.find(cues.choices().objectionCall(), q.text())) {
      return Optional.empty();
    }
    Optional<Sentence> before = c.statementBefore(q, used);
    if (before.isEmpty()) {
      return Optional.empty();
    }
    Sentence plan = before.get();
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
