package dev.roundup.summarize;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Plans stated by whoever leads the thread as the conclusion of what was said ("ok, we stay on
 * the fallback overnight", "then we pause the rollout entirely until the safari bug is fixed",
 * "parfait. On fait un point toutes les deux semaines", "Dann schalten wir die Filialen auf
 * LTE-Backup um, bis die Leitung wieder steht", "vale, turnos por día. Arrancamos en junio",
 * "ok donc remi les deux jours, hugo le 14, moi le 15").
 * Nobody need agree: the one leading says what happens, and it stands unless the next other voice
 * objects or puts it off. Said by anyone else, the same words are a proposal
 * ({@link AgreedProposals}); a question, a deferral, a report or a task of one's own ("I'll …")
 * is none of these.
 */
final class ConcludingPlans {

  /** Messages after the plan within which an objection takes it back. */
  private static final int OBJECTED_WITHIN = 2;
  /** Fewer content words than this say too little to be a plan ("then we go"). */
  private static final int MIN_TERMS = 2;
  /** A sentence before the plan with this many content words or fewer only leads into it. */
  private static final int TERSE = 2;

  /**
   * "then we pause the rollout", "entonces lo tratamos como incidente", "Dann schalten wir …":
   * a plan drawn as the conclusion of what was said, which anyone in the thread may draw.
   */
  private static final Pattern CONCLUSION = Pattern.compile("(?iu)^\\W*(?:(?:ok(?:ay)?|gut|vale|bueno"
      + "|beleza|bon|d'accord)\\W+)?(?:then|so|dann|also|alors|donc|entonces|então|じゃあ|では|let'?s)\\b");

  /**
   * "Airtable now, admin panel later if it sticks", "mobile joins later, web first", "erst die
   * Filialen, später die Zentrale": a plan in steps, one part now or first and the rest later.
   */
  private static final Pattern PHASED = Pattern.compile("(?iu)\\b(?:first|now)\\b[^.!?]{0,60}"
      + "\\b(?:later|next\\s+(?:quarter|month|year|wave|phase)|afterwards)\\b"
      + "|\\blater\\b[^.!?]{0,60}\\bfirst\\b"
      + "|\\b(?:zuerst|erst|jetzt)\\b[^.!?]{0,60}\\b(?:später|danach)\\b|\\bspäter\\b[^.!?]{0,60}\\bzuerst\\b"
      + "|(?:\\bd'abord|\\bmaintenant|\\bpour\\s+l'instant)\\b[^.!?]{0,60}(?:\\bplus\\s+tard|\\bensuite|\\baprès)\\b"
      + "|\\bplus\\s+tard\\b[^.!?]{0,60}\\bd'abord\\b"
      + "|\\b(?:primero|ahora)\\b[^.!?]{0,60}\\b(?:más\\s+adelante|más\\s+tarde|después)(?!\\w)"
      + "|\\b(?:primeiro|agora)\\b[^.!?]{0,60}\\b(?:depois|mais\\s+tarde|mais\\s+pra\\s+frente)\\b"
      + "|(?:まず|先に|今は).{1,30}(?:後で|あとで|その後|次に)");
  /**
   * "for the future: IBANs get validated at entry, checksum, no exceptions", "désormais …",
   * "daqui pra frente …": a standing rule laid down, which anyone in the thread may state; so is
   * a rule named as one before it is said ("new rule: stores return the crates with the next
   * delivery", "neue Regel: …", "nouvelle règle : …", "regla nueva: …", "a regra passa a ser:
   * mudou o CNPJ no painel, o contrato atualiza junto", "ルール：…"), not one only wished for ("we'd
   * need a rule: …").
   */
  private static final Pattern STANDING_RULE = Pattern.compile("(?iu)\\b(?:from\\s+now\\s+on"
      + "|going\\s+forward|for\\s+the\\s+future|in\\s+future|no\\s+exceptions)\\b"
      + "|\\b(?:ab\\s+(?:jetzt|sofort)|künftig|zukünftig|in\\s+Zukunft|ohne\\s+Ausnahme)\\b"
      + "|\\b(?:désormais|dorénavant|à\\s+l'avenir|sans\\s+exception)(?!\\w)"
      + "|\\b(?:de\\s+ahora\\s+en\\s+adelante|a\\s+partir\\s+de\\s+ahora|sin\\s+excepci[oó]n(?:es)?)(?!\\w)"
      + "|\\b(?:daqui\\s+(?:pra|para)\\s+frente|de\\s+agora\\s+em\\s+diante|sem\\s+exce[cç][aã]o)(?!\\w)"
      + "|^(?:今後|これからは)"
      // "and that's the rule from now on: …", "new rule: …", "a regra passa a ser: …": a rule
      // named as one and then said; not "we'd need a rule: …", a rule only wished for.
      + "|(?:^\\W*|[.;,—–]\\s*|\\b(?:that's|this\\s+is|and|so|ok|also|then|und|also|dann|et|alors"
      + "|donc|y|pues|entonces|e|então|ah)\\s+)(?:(?:the|a|new|our|house|die|neue|unsere|la|nouvelle"
      + "|notre|nueva|nuestra|a|nova|nossa)\\s+)?(?:rule|Regel|règle|regla|regra)(?:\\s+(?:from\\s+now\\s+on"
      + "|is|becomes|then|now|ab\\s+jetzt|ist|lautet|jetzt|désormais|nouvelle|est|nueva|es|pasa\\s+a\\s+ser"
      + "|desde\\s+ahora|nova|é|passa\\s+a\\s+ser|daqui\\s+pra\\s+frente))?\\s*:\\s*\\p{L}"
      + "|(?:^|。|、)(?:新しい)?ルール(?:は)?[:：]");
  /** "going forward we should probably …", "à l'avenir on pourrait …": a musing, not a rule. */
  private static final Pattern HEDGED = Pattern.compile("(?iu)\\b(?:should|could|might|maybe"
      + "|probably|perhaps|would|sollten|könnten|vielleicht|wohl|devrait|devrions|pourrait"
      + "|pourrions|peut-être|deberíamos|podríamos|quizás?|tal\\s+vez|deveríamos|poderíamos"
      + "|talvez)(?!\\w)|かも|べき");

  private ConcludingPlans() {}

  static void addTo(PreparedConversation c, List<Detection<Point>> found, Set<Integer> used) {
    Cues cues = c.cues();
    for (Sentence s : c.sentences()) {
      // The message that opens a thread puts the plan to the others; it concludes nothing yet.
      Sentence then = spelledOutBy(c, s);
      if (s.isQuestion() || s.user() == null
          || s.terms().size() + (then == null ? 0 : then.terms().size()) < MIN_TERMS
          || c.scopeStart(s.messageIndex()) == s.messageIndex()
          || c.sentencesOf(s.messageIndex()).stream().anyMatch(t -> used.contains(t.index()))
          || !concludes(cues, s.text())
          || !onlyAgreementBefore(c, s) || c.deferred(s)
          || cues.commitment().matcher(s.text()).lookingAt()
          || !PlanAnswers.leads(c, s.user(), s.messageIndex(), found)
              && !RegexPrefilter.find(CONCLUSION, s.text()) && !laysDownRule(cues, s.text())
          || objected(c, s.messageIndex()) || restatedRightAfter(c, s, found)
          || summingUpAgain(c, s, found)) {
        continue;
      }
      used.add(s.index());
      if (then == null) {
        found.add(DecisionDetector.stated(cues, s));
        continue;
      }
      used.add(then.index());
      found.add(new Detection<>(new Point(DecisionDetector.readable(cues,
          s.text() + " " + then.text()), List.of(s.ts())), Set.of(s.index(), then.index()),
          s.index()));
    }
  }

  /**
   * "ok so: we stay pinned on 4.1 …", "ok donc remi les deux jours, hugo le 14, moi le 15", "gut,
   * dann …", "vale, entonces …", "beleza, então …", "了解、じゃあ…": an agreement word and a
   * conclusion word open a summing-up of what was just said.
   */
  private static final Pattern SUMMING_UP = Pattern.compile("(?iu)^\\W*(?:ok(?:ay)?|alright|gut"
      + "|okay|vale|bueno|beleza|bon|d'accord|了解|はい)\\W+(?:then|so|dann|also|alors|donc|entonces"
      + "|então|じゃあ|では)(?!\\p{L})");

  /**
   * "ok so we need to decide by Friday", "ok donc on verra": a summing-up whose subject is "we" or
   * "I" is read by {@link Cues#concluded()}, which knows the verbs that wait or need; only a
   * summing-up of what ("ok donc remi les deux jours …", "ok then: over 10MB …") is read here.
   */
  private static final Pattern SPEAKER_FIRST = Pattern.compile("(?iu)^\\W*(?:we|I|wir|ich|on|nous"
      + "|je|nosotros|yo|nós|a\\s+gente|eu|私|僕|我々)(?!\\p{L})");

  /** Whether the sentence states a plan as concluded, in steps, or as a rule from now on. */
  private static boolean concludes(Cues cues, String text) {
    if (drawsConclusion(text) && weighsPossibilities(cues, text)) {
      return false;
    }
    return RegexPrefilter.find(cues.concluded(), text) || laysDownRule(cues, text)
        || RegexPrefilter.find(SUMMING_UP, text) && !RegexPrefilter.find(HEDGED, text)
            && !RegexPrefilter.find(SPEAKER_FIRST, SUMMING_UP.matcher(text).replaceFirst(""))
            && !explains(text)
            && !RegexPrefilter.find(cues.commitment(), text)
        || RegexPrefilter.find(PHASED, text) && !RegexPrefilter.find(HEDGED, text)
            && !RegexPrefilter.find(cues.commitment(), text);
  }

  /**
   * "ok so the referee used the link from the first invite", "ok so the model retrains nightly on
   * the last 14 days": a summing-up of what happened or of what a thing does each day explains
   * what was found; it plans nothing. Not "ok so the release is delayed to friday", nor what holds
   * from now on ("ok so the backup runs nightly from now on").
   */
  static boolean explains(String text) {
    String rest = SUMMING_UP.matcher(text).replaceFirst("");
    return (RegexPrefilter.find(HAPPENED, rest) || RegexPrefilter.find(ROUTINE, rest))
        && !RegexPrefilter.find(STANDING_RULE, rest);
  }

  /**
   * A thing named in a word or two, then its verb in the past: "the referee used …", "it was …";
   * not a clause of its own between them ("the candidate we interviewed on tuesday gets …").
   */
  private static final Pattern HAPPENED = Pattern.compile("(?iu)^\\W*(?:the|this|that|it|they|he"
      + "|she|their|his|her)\\b(?:\\s+(?!(?:we|i|you|they|he|she|who|which|that|is|are|be|been|get"
      + "|gets|got|being)\\b)[\\w'-]+){0,2}?\\s+(?:was|were|did|had|used|got|went|came|sent|made"
      + "|took|ran|broke|left|\\p{L}{3,}ed)\\b");

  /**
   * What a thing does each night or day, in the clause that names it: "the model retrains
   * nightly"; not a change ("the standup becomes async, posted daily").
   */
  private static final Pattern ROUTINE = Pattern.compile("(?iu)^\\W*(?:the|this|that|it|they)\\b"
      + "(?![^.!?,;]*\\b(?:becomes?|moves?|goes|go|switch(?:es)?|changes?|will|'ll)\\b)"
      + "[^.!?,;]{0,40}\\b(?:nightly|hourly|daily|weekly|every\\s+(?:night|day|hour|morning|week))\\b");

  /**
   * "ok so either she used it in york or the card was cloned", "ok, also entweder hat sie die
   * Karte in York benutzt oder sie wurde geklont", "ok donc soit elle l'a utilisée à York, soit la
   * carte a été clonée", "vale, entonces o la usó en York o la clonaron", "beleza, então ou ela
   * usou em York ou o cartão foi clonado": a summing-up that still names two possibilities, joined
   * by the language's "or", reasons aloud; it settles neither. "ok so: Lisbon, flights are
   * cheaper" names one.
   */
  static boolean weighsPossibilities(Cues cues, String text) {
    return RegexPrefilter.find(cues.choices().options(), text) || RegexPrefilter.find(EITHER, text);
  }

  /** "either … or" opening the possibilities, where the language has a word for it. */
  private static final Pattern EITHER = Pattern.compile(
      "(?iu)\\b(?:either|entweder|soit)(?!\\p{L})|どちらか|いずれか");

  /** "then we pause the rollout", "ok so: …": a conclusion drawn ({@link #CONCLUSION}). */
  static boolean drawsConclusion(String text) {
    return RegexPrefilter.find(CONCLUSION, text) || RegexPrefilter.find(SUMMING_UP, text);
  }

  /** "we should …", "deberíamos …", "vielleicht …": a wish or a musing, not a plan said. */
  static boolean hedged(String text) {
    return RegexPrefilter.find(HEDGED, text);
  }

  /**
   * "going forward we should probably …", "from now on I'll double-check …": a rule from now on
   * only mused about, or the speaker's own habit rather than a rule for others.
   */
  static boolean ruleNotLaidDown(Cues cues, String text) {
    return RegexPrefilter.find(STANDING_RULE, text) && !laysDownRule(cues, text);
  }

  /** A standing rule, not hedged and not a task of one's own ("from now on I'll …"). */
  static boolean laysDownRule(Cues cues, String text) {
    return RegexPrefilter.find(STANDING_RULE, text) && !RegexPrefilter.find(HEDGED, text)
        && !RegexPrefilter.find(cues.commitment(), text);
  }

  /**
   * "ok let's prioritise it. two active keys, and the old one expires after a grace period": a
   * plan of a word or two spelled out by the sentence after it in the same message; null when
   * the plan says enough itself or nothing follows that spells it out.
   */
  private static Sentence spelledOutBy(PreparedConversation c, Sentence s) {
    if (s.terms().size() >= MIN_TERMS) {
      return null;
    }
    List<Sentence> said = c.sentencesOf(s.messageIndex());
    int at = said.indexOf(s);
    if (at < 0 || at + 1 >= said.size()) {
      return null;
    }
    Sentence next = said.get(at + 1);
    return next.isQuestion() || RegexPrefilter.find(c.cues().commitment(), next.text()) ? null : next;
  }

  /**
   * "Then we test against the prod-replica env instead" — "ok" — "Prod-replica it is": a decision
   * found in the next messages with two words of its own already says it; one decision per
   * choice.
   */
  private static boolean restatedRightAfter(PreparedConversation c, Sentence s,
      List<Detection<Point>> found) {
    List<Integer> next = c.following(s.messageIndex(), OBJECTED_WITHIN);
    return found.stream().map(d -> c.sentences().get(d.saidBy()))
        .anyMatch(t -> next.contains(t.messageIndex())
            && t.terms().stream().distinct().filter(s.terms()::contains).count() >= 2);
  }

  /**
   * "ok then I'm fine with it", "ok so week of the 27th. tue or wed?", "ok so: crash reporter
   * first, 50 testers on the 14th …" after both were agreed: a summing-up ({@link #SUMMING_UP})
   * that only agrees, that goes on asking, or that sums up what a decision found a few messages
   * before or after it already says (a word in common), adds no decision of its own.
   */
  private static boolean summingUpAgain(PreparedConversation c, Sentence s,
      List<Detection<Point>> found) {
    if (RegexPrefilter.find(c.cues().concluded(), s.text()) || laysDownRule(c.cues(), s.text())
        || !RegexPrefilter.find(SUMMING_UP, s.text())) {
      return false;
    }
    String rest = SUMMING_UP.matcher(s.text()).replaceFirst("");
    // "ok so week of the 27th. tue or wed?", "ok, so anonymise and keep invoices. Who runs the
    // script?": the message goes on asking, and what it asks is still to settle. A tag question
    // ("bom?", "fine?") puts the summing-up for agreement, and a question to someone named
    // ("<@lina> can you make that change?") asks them to carry it out.
    List<Sentence> own = c.sentencesOf(s.messageIndex());
    if (Agreement.isAgreement(c.cues(), rest, rest)
        || own.subList(own.indexOf(s) + 1, own.size()).stream().anyMatch(t -> t.isQuestion()
            && t.terms().size() > 1 && !t.text().contains("<@"))) {
      return true;
    }
    List<Integer> near = new java.util.ArrayList<>(
        c.preceding(s.messageIndex(), DecisionDetector.RECENT));
    near.addAll(c.following(s.messageIndex(), DecisionDetector.RECENT));
    return found.stream().anyMatch(d -> d.sentenceIndices().stream()
        .map(k -> c.sentences().get(k))
        .anyMatch(t -> near.contains(t.messageIndex())
            && t.terms().stream().anyMatch(s.terms()::contains)));
  }

  /**
   * Whether the plan opens its message or follows only small talk, a bare agreement or a word or
   * two ("parfait. On fait …", "vale, turnos por día. Arrancamos …").
   */
  private static boolean onlyAgreementBefore(PreparedConversation c, Sentence s) {
    for (Sentence t : c.sentencesOf(s.messageIndex())) {
      if (t == s) {
        return true;
      }
      // "vale, turnos por día. Arrancamos en junio": a word or two of what was settled first.
      if (t.isQuestion() || !t.smallTalk() && t.terms().size() > TERSE
          && !Agreement.isBare(c.cues(), t.text(), t.text())) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the first other voice after the message refuses or defers, rather than taking the
   * plan on.
   */
  static boolean objected(PreparedConversation c, int m) {
    int i = c.firstOtherVoice(m, OBJECTED_WITHIN);
    if (i < 0) {
      return false;
    }
    ConversationModel.Act act = c.model().act(i);
    // "mach ich, brauch aber jemanden vor Ort": taking it on with a "but" carries it out.
    return (act == ConversationModel.Act.REFUSAL || act == ConversationModel.Act.DEFERRAL)
        && !RegexPrefilter.find(c.cues().commitment(), c.plainText(i));
  }
}
