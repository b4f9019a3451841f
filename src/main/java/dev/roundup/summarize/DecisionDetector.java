package dev.roundup.summarize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds decisions: sentences with an explicit decision cue ("we decided", "decision:", "let's go
 * with", "Porto it is", "approved"), and proposals ("we'll …", "let's …", "we should …", or a
 * yes/no question such as "then freeze Tuesday noon?") that someone else then agrees to. A bare
 * "agreed" or "ship it" makes the proposal it answers the decision. What is postponed or only
 * mused about is never a decision, however it is worded ("let's see", "TBD", "we'll decide at
 * the next sync", "we'll check whether…", "let's say I have…"): {@link Cues#deferral()}.
 *
 * <p>Most choices are settled without a decision word ({@link Choices}):
 * <ul>
 *   <li>an answer that picks one of the options asked about ("Jira or Linear?" — "Linear, it's
 *   faster") is a proposal, taken when the next person agrees;</li>
 *   <li>a closing line that restates the choice ("Linear then", "Gut, also Kochkurs") settles an
 *   options question, a "can we…?" or a proposal that others have answered;</li>
 *   <li>a yes or no to "can we…?", "should we…?", "on garde…?" from someone other than the asker
 *   grants or refuses it ("Yes, the marketing site is exempt", "No, not before June");</li>
 *   <li>a plan put to the group ("…. Objections?") stands when the first reply raises none.</li>
 * </ul>
 */
final class DecisionDetector {

  private static final Pattern NEGATED = Pattern.compile("(?i)(?:\\bnot|n't|\\bno|\\bun)\\s*"
      + "(?:yet\\s+)?(?:decided|agreed|approved|settled)\\b|\\bif we (?:decide|agree|go)\\b"
      + "|\\bnot going with\\b|\\bno decision\\b|\\bundecided\\b");
  /** A question asking what to do, not proposing something: agreement cannot settle it. */
  private static final Pattern OPEN_QUESTION = Pattern.compile(
      "(?iu)^\\W*(?:who|what|when|where|why|how|which|wer|was|wann|wo|warum|wie|welche"
          + "|qui|que|quoi|quand|où|pourquoi|comment|quel|quién|qué|cuándo|dónde|por\\s+qué"
          + "|cómo|cuál|quem|quando|onde|porque|como|qual)\\b|\\bor\\b|\\boder\\b|\\bou\\b"
          + "|\\bo\\b|誰|何|いつ|どこ|なぜ|どう|どれ");
  /** "Can you …?", "So the producer deployed first?": asks for a deed or a fact, not a plan. */
  private static final Pattern REQUEST_QUESTION = Pattern.compile(
      "(?iu)^\\W*(?:(?:can|could|would|will)\\s+(?:you|someone|anyone)|so\\b|anyone|any\\b"
          + "|(?:kannst|könntest)\\s+du|(?:tu\\s+peux|peux-tu)|(?:puedes|podrías)|(?:pode|podes))\\b");
  /**
   * "Running CREATE INDEX now", "Rolling back": a report of doing it, in English ("marketing site
   * is exempt" opens with an -ing word too, but says what is).
   */
  private static final Pattern DOING_IT = Pattern.compile(
      "(?i)^\\W*(?:(?:yes|ok|sure)\\W+)?(?:i'?m\\s+)?[a-z]+ing\\b(?!.*\\b(?:is|are|was|were)\\b)");
  /** A call that asks for dissent ("Objections?", "Einwände?") rather than for consent. */
  private static final Pattern DISSENT_ASKED = Pattern.compile(
      "(?iu)\\b(?:objections?|concerns?|disagree\\w*|pushback|complaints?|einwände|bedenken"
          + "|widerspruch|objeci(?:ón|ones)|objeç(?:ão|ões))\\b|異論|反対");
  /** A reply that opens with a bare yes. */
  private static final Pattern QUESTION_MARKS = Pattern.compile("[?？]+$");
  private static final Pattern AFFIRMATIVE = Pattern.compile(
      "(?iu)^\\W*(?:yes|yeah|yep|yup|ja|oui|sí|sim|はい)(?!\\p{L})");
  private static final Pattern NUMBER = Pattern.compile("\\d+(?:[-–/.:]\\d+)*");
  /**
   * "👍 19-20.", "+1 Lisbon": a thumbs-up that opens a line naming the choice closes it in any
   * language, as "ok, 19-20" does.
   */
  private static final Pattern VOTE_OPENER =
      Pattern.compile("^\\s*(?:👍|✅|👌|🙌|\\+1)+[\\s,.:;!—–-]*(?=[\\p{L}\\p{N}])");
  private static final int AGREEMENT_WINDOW = 3;
  private static final int RESTATED_WITHIN = 2;
  private static final int RECENT = 5;
  private static final int SHORT_ANNOUNCEMENT = 3;
  /** Messages back within which a closing line can restate a choice. */
  private static final int CHOICE_WINDOW = 6;
  /** A closing line with this many content words or fewer needs the choice it settles said. */
  private static final int TERSE = 3;
  // Hints are as narrow as the cues allow ("go " rather than "go", which "good" and "got" contain):
  // sentences have single spaces by now, and each needless regex scan costs microseconds.
  private static final CueHints EXPLICIT_HINTS = CueHints.of("decid", "decision", "go ", "going",
      "ship", "approv", "final", "settled", "agreed", "consensus", "plan is", "resolution",
      "outcome", "conclusion", "sticking", "moving", " it is", "then", "locked", "stone", ":");
  private static final CueHints NEGATED_HINTS =
      CueHints.of("decid", "agreed", "approv", "settled", "if we", "not going");
  private static final CueHints PROPOSAL_HINTS = CueHints.of("we'll", "we will", "we should",
      "going to", "let's", "lets", "how about", "propos", "suggest", "why don't", "what if",
      "i'd", "idea", "we ", "compromise", "option", "plan", "won't");

  private DecisionDetector() {}

  static List<Detection<Point>> detect(PreparedConversation conversation) {
    Cues cues = conversation.cues();
    boolean english = cues.isEnglish();
    List<Detection<Point>> found = new ArrayList<>();
    Set<Integer> used = new HashSet<>();
    // Positions in found of decisions made by agreeing to a proposal: an announcement right
    // after one ("Porto it is.") restates it.
    Set<Integer> agreedAt = new HashSet<>();
    // Message index → whether it is a bare agreement ("+1", "agreed"), asked once per message.
    Map<Integer, Boolean> bareAgreement = new HashMap<>();
    for (Sentence s : conversation.sentences()) {
      String text = s.text();
      // Deferrals are checked only on a sentence that would otherwise count: most sentences are
      // no candidate at all, and the deferral pattern is long.
      if (used.contains(s.index())
          || english && NEGATED_HINTS.mayMatch(text) && NEGATED.matcher(text).find()) {
        continue;
      }
      if (s.isQuestion()) {
        if (!isDeferral(cues, text)) {
          questionAgreedTo(conversation, s, used)
              .or(() -> grantedInAnswer(conversation, s, used))
              .or(() -> planWithoutObjection(conversation, s, used))
              .ifPresent(d -> {
                agreedAt.add(found.size());
                found.add(d);
              });
        }
        continue;
      }
      if (cues.settling().matcher(text).find()) {
        // "Agreed!" or "Ship it" on its own: the decision is what it answers.
        proposalBefore(conversation, s).filter(p -> used.add(p.index()))
            .ifPresent(p -> {
              used.add(s.index());
              found.add(new Detection<>(new Point(readable(cues, p.text()),
                  List.of(p.ts(), s.ts())), Set.of(p.index(), s.index())));
            });
      } else if (s.smallTalk()) {
        continue;
      } else if ((!english || EXPLICIT_HINTS.mayMatch(text))
          && cues.decision().matcher(text).find()) {
        if (!isDeferral(cues, text) && used.add(s.index())) {
          Detection<Point> explicit =
              Detection.of(new Point(readable(cues, text), List.of(s.ts())), s.index());
          int earlier = restated(conversation, found, agreedAt, s);
          if (earlier >= 0) {
            found.set(earlier, merged(found.get(earlier), explicit));
          } else {
            found.add(settledProposal(conversation, s, used).orElse(explicit));
          }
        }
      } else {
        boolean proposal = (!english || PROPOSAL_HINTS.mayMatch(text))
            && cues.proposal().matcher(text).find();
        Optional<Sentence> option = proposal ? Optional.empty() : optionPicked(conversation, s);
        Optional<Integer> agreeing = (proposal || option.isPresent()) && !isDeferral(cues, text)
            ? agreementAfter(conversation, s, true).filter(a -> used.add(s.index()))
            : agreedByTwo(conversation, s, bareAgreement).filter(a -> used.add(s.index()));
        if (agreeing.isPresent()) {
          agreedAt.add(found.size());
          found.add(option.isPresent()
              ? agreedOption(conversation, option.get(), s, agreeing.get(), used)
              : agreed(conversation, s, agreeing.get(), used));
        } else if (!used.contains(s.index())) {
          concluded(conversation, s, found, used);
        }
      }
    }
    AcceptedReplies.addTo(conversation, found, used);
    return found;
  }

  /**
   * "Ich wäre für einen kompletten Freeze …" — … — "Gut, dann machen wir das so.": a decision
   * line that says nothing of its own settles the latest proposal someone else made before it.
   * One decision, worded as the proposal, citing both; empty when the line names its subject.
   */
  private static Optional<Detection<Point>> settledProposal(PreparedConversation c, Sentence s,
      Set<Integer> used) {
    if (unlabelledTerms(c, s).size() > 1) {
      return Optional.empty();
    }
    for (int i : c.preceding(s.messageIndex(), CHOICE_WINDOW)) {
      Message m = c.messages().get(i);
      if (m.user() == null || m.user().equals(s.user())
          || c.model().act(i) != ConversationModel.Act.PROPOSAL) {
        continue;
      }
      List<Sentence> said = c.sentencesOf(i);
      Optional<Sentence> proposal = said.stream().filter(t -> !t.isQuestion()
          && c.cues().proposal().matcher(t.text()).find()).findFirst();
      if (proposal.isEmpty() || used.contains(proposal.get().index())) {
        return Optional.empty();
      }
      used.add(proposal.get().index());
      return Optional.of(new Detection<>(new Point(readable(c.cues(), proposal.get().text()),
          List.of(m.ts(), s.message().ts())), Set.of(proposal.get().index(), s.index()),
          proposal.get().index()));
    }
    return Optional.empty();
  }

  /**
   * "Friday release, no exceptions." — "+1" — "agreed": a statement two other people agree to
   * right after, with nothing else said, is taken. The index of the second agreement.
   */
  private static Optional<Integer> agreedByTwo(PreparedConversation c, Sentence s,
      Map<Integer, Boolean> bare) {
    List<Sentence> own = c.sentencesOf(s.messageIndex());
    if (own.get(own.size() - 1) != s || s.terms().size() < 2 || s.user() == null) {
      return Optional.empty();
    }
    // The replies first: they rarely are two bare agreements, and each message is asked once
    // however many statements it follows, so the statement's own patterns seldom run.
    List<Integer> next = c.following(s.messageIndex(), 2);
    Set<String> agreed = new HashSet<>();
    for (int i : next) {
      Message m = c.messages().get(i);
      if (m.user() == null || m.user().equals(s.user())
          || !bare.computeIfAbsent(i, k -> Agreement.isBare(c.cues(), m.text(), c.plainText(i)))) {
        return Optional.empty();
      }
      agreed.add(m.user());
    }
    if (agreed.size() != 2 || c.cues().commitment().matcher(s.text()).find()
        || isDeferral(c.cues(), s.text()) || c.cues().assigned().matcher(s.text()).find()) {
      return Optional.empty(); // a task taken or given is an action item, however welcome
    }
    return Optional.of(next.get(1));
  }

  /**
   * "Lisbon or Porto?" — "Porto, flights are cheaper": the options question this sentence answers
   * by naming one of the options, if it opens a reply to one asked just before by someone else.
   */
  private static Optional<Sentence> optionPicked(PreparedConversation c, Sentence s) {
    List<Sentence> own = c.sentencesOf(s.messageIndex());
    if (own.isEmpty() || own.get(0) != s || s.terms().isEmpty() && numbers(s).isEmpty()) {
      return Optional.empty();
    }
    for (int i : c.preceding(s.messageIndex(), 2)) {
      Message asking = c.messages().get(i);
      if (asking.user() != null && asking.user().equals(s.user())) {
        continue;
      }
      for (Sentence q : c.sentencesOf(i)) {
        if (isOptionsQuestion(c, q) && shares(q, s)) {
          return Optional.of(q);
        }
      }
    }
    return Optional.empty();
  }

  private static boolean isOptionsQuestion(PreparedConversation c, Sentence q) {
    Choices choices = c.cues().choices();
    return q.isQuestion() && choices.options().matcher(q.text()).find()
        && !choices.factual().matcher(q.text()).find() && !isDeferral(c.cues(), q.text());
  }

  /** An options question or a question about what we may or should do. */
  static boolean isChoiceQuestion(PreparedConversation c, Sentence q) {
    return isOptionsQuestion(c, q) || isActionQuestion(c, q);
  }

  private static boolean isActionQuestion(PreparedConversation c, Sentence q) {
    return q.isQuestion() && c.cues().choices().actionQuestion().matcher(q.text()).find()
        && !OPEN_QUESTION.matcher(q.text()).find() && q.text().indexOf('<') < 0
        && !c.cues().request().matcher(q.text()).find()
        && !REQUEST_QUESTION.matcher(q.text()).find();
  }

  static boolean shares(Sentence a, Sentence b) {
    for (String term : b.terms()) {
      if (a.terms().contains(term)) {
        return true;
      }
    }
    if (!hasDigit(b.text()) || !hasDigit(a.text())) {
      return false; // most sentences name no number: spare them the pattern
    }
    Set<String> named = numbers(a);
    return numbers(b).stream().anyMatch(named::contains);
  }

  private static boolean hasDigit(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * "June 12-13 or June 19-20?" — "19-20 works": dates, times and versions name an option as
   * well as words do, though short numbers are no content terms.
   */
  private static Set<String> numbers(Sentence s) {
    if (!hasDigit(s.text())) {
      return Set.of();
    }
    Set<String> found = new HashSet<>();
    java.util.regex.Matcher m = NUMBER.matcher(s.text());
    while (m.find()) {
      found.add(m.group());
    }
    return found;
  }

  /** The picked option, agreed to: the question and the answer that picked, as one decision. */
  private static Detection<Point> agreedOption(PreparedConversation c, Sentence question,
      Sentence answer, int agreeing, Set<Integer> used) {
    Detection<Point> d = agreed(c, answer, agreeing, used);
    used.add(question.index());
    Set<Integer> sentences = new HashSet<>(d.sentenceIndices());
    sentences.add(question.index());
    List<String> sources = new ArrayList<>(List.of(question.ts()));
    d.value().sources().stream().filter(ts -> !sources.contains(ts)).forEach(sources::add);
    String text = answer.terms().size() > TERSE ? d.value().text()
        : readable(c.cues(), question.text()) + " " + d.value().text();
    return new Detection<>(new Point(text, sources), sentences, answer.index());
  }

  /**
   * "Porto then.", "Gut, also Kochkurs.", "ok, no exception then.": a closing line that restates
   * what an options question, a "can we…?" or a proposal asked, after someone else answered it.
   * It settles that choice: it joins the decision already found about it, or is one.
   */
  private static void concluded(PreparedConversation c, Sentence s, List<Detection<Point>> found,
      Set<Integer> used) {
    Cues cues = c.cues();
    java.util.regex.Matcher closing = cues.choices().conclusion().matcher(s.text());
    boolean closes = closing.find();
    boolean vote = false;
    if (!closes) {
      closing = VOTE_OPENER.matcher(s.text());
      closes = vote = closing.find();
    }
    if (s.terms().isEmpty() && numbers(s).isEmpty() || !closes
        || isDeferral(cues, s.text())
        || cues.commitment().matcher(s.text()).find()) {
      return;
    }
    // "Great, freeze is Tuesday noon." after "Then freeze Tuesday noon?" — "works for me": the
    // choice was just taken, and the closing line says it again.
    for (int i = found.size() - 1; i >= Math.max(0, found.size() - RECENT); i--) {
      Detection<Point> earlier = found.get(i);
      boolean recent = earlier.sentenceIndices().stream()
          .map(k -> c.sentences().get(k).messageIndex())
          .anyMatch(m -> c.following(m, CHOICE_WINDOW).contains(s.messageIndex()));
      boolean sameSubject = earlier.sentenceIndices().stream()
          .anyMatch(k -> shares(c.sentences().get(k), s));
      if (recent && sameSubject) {
        used.add(s.index());
        found.set(i, merged(earlier, new Detection<>(new Point(earlier.value().text(),
            List.of(s.ts())), Set.of(s.index()), earlier.saidBy())));
        return;
      }
    }
    Sentence choice = choiceRestated(c, s);
    // "+1 to rotating, meh on sailboat" from anyone else is one vote; from whoever put the
    // choice, "👍 19-20" closes it.
    if (choice == null || vote && !s.user().equals(choice.user())) {
      return;
    }
    String said = closing.start() == 0 && closing.end() < s.text().length()
        ? s.text().substring(closing.end()) : s.text();
    String text = readable(cues, said);
    if (s.terms().size() <= TERSE && choice.isQuestion()) {
      text = readable(cues, choice.text()) + " " + text;
    }
    used.add(s.index());
    used.add(choice.index());
    found.add(new Detection<>(new Point(text, List.of(choice.ts(), s.ts())),
        Set.of(choice.index(), s.index()), s.index()));
  }

  /** The choice a closing line restates, if someone other than its speaker took part since. */
  private static Sentence choiceRestated(PreparedConversation c, Sentence s) {
    boolean others = false;
    for (int i : c.preceding(s.messageIndex(), CHOICE_WINDOW)) {
      Message m = c.messages().get(i);
      others = others || m.user() != null && !m.user().equals(s.user());
      if (!others) {
        continue;
      }
      List<Sentence> said = c.sentencesOf(i);
      for (int k = said.size() - 1; k >= 0; k--) {
        Sentence t = said.get(k);
        boolean choice = isOptionsQuestion(c, t) || isActionQuestion(c, t)
            || !t.isQuestion() && c.cues().proposal().matcher(t.text()).find()
                && !isDeferral(c.cues(), t.text());
        if (choice && shares(t, s)) {
          return t;
        }
      }
    }
    return null;
  }

  /**
   * "Can we still deploy the marketing site?" — "Yes, marketing site is exempt": a yes or no to a
   * question about what we may or should do, from the first other person to reply, grants or
   * refuses it. The decision is the question with its answer.
   */
  private static Optional<Detection<Point>> grantedInAnswer(PreparedConversation c, Sentence q,
      Set<Integer> used) {
    if (!isActionQuestion(c, q) || q.terms().isEmpty()) {
      return Optional.empty();
    }
    Cues cues = c.cues();
    for (int i : c.following(q.messageIndex(), AGREEMENT_WINDOW)) {
      Message reply = c.messages().get(i);
      if (reply.user() == null || reply.user().equals(q.user())) {
        continue;
      }
      List<Sentence> said = c.sentencesOf(i);
      if (said.isEmpty() || said.get(0).isQuestion()) {
        return Optional.empty();
      }
      Sentence first = said.get(0);
      String plain = c.plainText(i);
      // "¿Desplegamos algo?" — "No, pero el certificado interno caducó": a no that goes on to
      // explain answers a fact; nothing was granted or refused.
      if (ReplyWords.of(cues).no().matcher(first.text()).find()
          && cues.dissent().matcher(first.text()).find()) {
        return Optional.empty();
      }
      if (!cues.choices().grant().matcher(first.text()).find()
          || cues.nonAnswer().matcher(first.text()).find() || isDeferral(cues, plain)) {
        return Optional.empty();
      }
      // "No." alone says little: the sentence after it says what instead.
      List<Sentence> answer = first.terms().size() < 2 && said.size() > 1
          && !said.get(1).isQuestion() ? said.subList(0, 2) : List.of(first);
      // "Yes, I'll have a hotfix in review within the hour", "Ja, mache ich gleich", "Yes.
      // Running it now": the one who answers takes it on. That is a request taken, an action
      // item, not a rule the team settled.
      if (answer.stream().anyMatch(a -> takesItOn(cues, a.text())) || !used.add(q.index())) {
        return Optional.empty();
      }
      Set<Integer> sentences = new HashSet<>(Set.of(q.index()));
      StringBuilder text = new StringBuilder(QUESTION_MARKS.matcher(readable(cues, q.text())).replaceAll(""))
          .append(" — ");
      for (Sentence a : answer) {
        sentences.add(a.index());
        used.add(a.index());
        text.append(a == first ? "" : " ").append(a.text());
      }
      return Optional.of(new Detection<>(new Point(text.toString(), List.of(q.ts(), reply.ts())),
          sentences));
    }
    return Optional.empty();
  }

  /** "I'll have it in review", "mache ich gleich", "Running it now": the speaker does it. */
  private static boolean takesItOn(Cues cues, String sentence) {
    return cues.commitment().matcher(sentence).find()
        || cues.isEnglish() && DOING_IT.matcher(sentence).find();
  }

  /**
   * "No deploys from Dec 20 to Jan 3. Objections?" — "none from me": a plan put to the group
   * stands when the first reply raises no objection.
   */
  private static Optional<Detection<Point>> planWithoutObjection(PreparedConversation c,
      Sentence q, Set<Integer> used) {
    Cues cues = c.cues();
    if (q.index() == 0 || !cues.choices().objectionCall().matcher(q.text()).find()) {
      return Optional.empty();
    }
    Sentence plan = c.sentences().get(q.index() - 1);
    if (plan.messageIndex() != q.messageIndex() || plan.isQuestion() || plan.terms().size() < 2
        || used.contains(plan.index()) || isDeferral(cues, plan.text())) {
      return Optional.empty();
    }
    for (int i : c.following(q.messageIndex(), AGREEMENT_WINDOW)) {
      Message reply = c.messages().get(i);
      if (reply.user() == null || reply.user().equals(q.user())) {
        continue;
      }
      String plain = c.plainText(i);
      // "Objections?" — "yes, Mondays are bad": asked for dissent, a yes is dissent.
      boolean dissent = DISSENT_ASKED.matcher(q.text()).find()
          && AFFIRMATIVE.matcher(plain).find();
      boolean stands = cues.choices().noObjection().matcher(plain).find()
          || !dissent && Agreement.isAgreement(cues, reply.text(), plain);
      if (!stands || !used.add(plan.index())) {
        return Optional.empty();
      }
      used.add(q.index());
      Set<Integer> sentences = new HashSet<>(Set.of(plan.index(), q.index()));
      c.sentencesOf(i).forEach(t -> sentences.add(t.index()));
      return Optional.of(new Detection<>(new Point(readable(cues, plan.text()),
          List.of(plan.ts(), reply.ts())), sentences));
    }
    return Optional.empty();
  }

  private static boolean isDeferral(Cues cues, String text) {
    return cues.isDeferral(text);
  }

  /**
   * "Then freeze Tuesday noon, release Thursday as planned?" answered "works for me": a yes/no
   * question that the next person agrees to proposed something, and it was taken.
   */
  private static Optional<Detection<Point>> questionAgreedTo(PreparedConversation c, Sentence s,
      Set<Integer> used) {
    if (OPEN_QUESTION.matcher(s.text()).find() || s.terms().size() < 2
        || s.text().indexOf('<') >= 0 || c.cues().request().matcher(s.text()).find()
        || REQUEST_QUESTION.matcher(s.text()).find()) {
      return Optional.empty(); // a question to someone asks them to do it: a request
    }
    return agreementAfter(c, s, true)
        .filter(a -> Agreement.isBare(c.cues(), c.messages().get(a).text(), c.plainText(a)))
        .filter(a -> used.add(s.index()))
        .map(a -> agreed(c, s, a, used));
  }

  private static Detection<Point> agreed(PreparedConversation c, Sentence s, int agreeing,
      Set<Integer> used) {
    Set<Integer> sentences = new HashSet<>(Set.of(s.index()));
    // The agreeing message is part of this decision: it is not a second one.
    c.sentencesOf(agreeing).forEach(t -> {
      sentences.add(t.index());
      used.add(t.index());
    });
    Message message = c.messages().get(agreeing);
    String text = s.isQuestion() ? QUESTION_MARKS.matcher(s.text()).replaceAll("") : s.text();
    return new Detection<>(new Point(readable(c.cues(), text), List.of(s.ts(), message.ts())),
        sentences);
  }

  /**
   * The decision this explicit one restates: "Shall we push to Friday?" — "agreed" — "Friday it
   * is, then." is one decision, announced after it was agreed. An earlier decision reached by
   * agreement, of the same scope and subject (words in common), whose last message is
   * at most {@value #RESTATED_WITHIN} messages back; its index in {@code found}, or -1.
   */
  private static int restated(PreparedConversation c, List<Detection<Point>> found,
      Set<Integer> agreedAt, Sentence s) {
    // Only the last few can be within reach: a long channel has hundreds of decisions.
    for (int i = found.size() - 1; i >= Math.max(0, found.size() - RECENT); i--) {
      if (!agreedAt.contains(i)) {
        continue;
      }
      Detection<Point> earlier = found.get(i);
      int last = earlier.sentenceIndices().stream()
          .mapToInt(k -> c.sentences().get(k).messageIndex()).max().orElse(-1);
      // The words of the messages it cites: "Kubernetes or security? We have budget for a
      // training this quarter" is what "Decided: security training this quarter" restates.
      Set<String> before = new HashSet<>();
      earlier.sentenceIndices().stream().map(k -> c.sentences().get(k).messageIndex()).distinct()
          .forEach(m -> c.sentencesOf(m).forEach(t -> before.addAll(t.terms())));
      // Words of the announcement without its label ("Então decidimos:"): two said before, half
      // of them, or any in a short announcement ("Porto it is"): the same subject.
      Set<String> now = new HashSet<>(unlabelledTerms(c, s));
      long shared = now.stream().filter(before::contains).count();
      boolean sameSubject = shared >= 2 || shared * 2 >= now.size() && shared > 0
          || shared > 0 && now.size() <= SHORT_ANNOUNCEMENT;
      if (last >= 0 && last != s.messageIndex() && sameSubject
          && c.following(last, RESTATED_WITHIN).contains(s.messageIndex())) {
        return i;
      }
    }
    return -1;
  }

  private static List<String> unlabelledTerms(PreparedConversation c, Sentence s) {
    java.util.regex.Matcher label = c.cues().labels().matcher(s.text());
    if (!label.find()) {
      return s.terms();
    }
    String rest = s.text().substring(label.end());
    TextAnalysis analysis = TextAnalysis.of(c.language());
    return analysis.terms(rest, analysis.words(rest));
  }

  /** The announced wording, citing everything both cite. */
  private static Detection<Point> merged(Detection<Point> agreed, Detection<Point> announced) {
    List<String> sources = new ArrayList<>(agreed.value().sources());
    announced.value().sources().stream().filter(ts -> !sources.contains(ts))
        .forEach(sources::add);
    Set<Integer> sentences = new HashSet<>(agreed.sentenceIndices());
    sentences.addAll(announced.sentenceIndices());
    return new Detection<>(new Point(announced.value().text(), sources), sentences,
        announced.saidBy());
  }

  private static Optional<Sentence> proposalBefore(PreparedConversation c, Sentence s) {
    for (int i : c.preceding(s.messageIndex(), AGREEMENT_WINDOW)) {
      Message earlier = c.messages().get(i);
      if (earlier.user() != null && earlier.user().equals(s.user())) {
        continue;
      }
      // "pr's up, need a reviewer" — "approved": a review passed, not a choice settled.
      if (c.model().act(i) == ConversationModel.Act.STATUS) {
        return Optional.empty();
      }
      List<Sentence> sentences = c.sentencesOf(i);
      for (int k = sentences.size() - 1; k >= 0; k--) {
        Sentence candidate = sentences.get(k);
        if (candidate.smallTalk() || candidate.isQuestion() || candidate.terms().isEmpty()) {
          continue;
        }
        // "I can draft the announcement" — "go for it": the go-ahead answers the offer, a task
        // someone took, not a decision; nothing said before the offer is what it settles.
        if (c.cues().commitment().matcher(candidate.text()).find()) {
          return Optional.empty();
        }
        if (!isDeferral(c.cues(), candidate.text())) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Index of the first message after the proposal in which someone else agrees to it; with
   * {@code firstReplyOnly}, only the first reply from someone else counts.
   */
  private static Optional<Integer> agreementAfter(PreparedConversation c, Sentence s,
      boolean firstReplyOnly) {
    for (int i : c.following(s.messageIndex(), AGREEMENT_WINDOW)) {
      Message later = c.messages().get(i);
      if (later.user() == null || later.user().equals(s.user())) {
        continue;
      }
      String plain = c.plainText(i);
      if (Agreement.isAgreement(c.cues(), later.text(), plain)) {
        return Optional.of(i);
      }
      if (firstReplyOnly) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** The sentence without a leading "Decision:" label, starting with a capital. */
  static String readable(String sentence) {
    return readable(Cues.ENGLISH, sentence);
  }

  static String readable(Cues cues, String sentence) {
    return Sentences.capitalize(cues.labels().matcher(sentence).replaceFirst(""));
  }
}
