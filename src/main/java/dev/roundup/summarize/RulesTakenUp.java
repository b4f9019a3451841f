package dev.roundup.summarize;

import dev.roundup.summarize.ConversationModel.Act;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A rule or plan said plainly in the message that opens a thread, which the first other voice
 * takes up: "Good. From today the last person out of B2 checks the latch and signs the sheet on
 * the door." — ":+1: will print it before lunch"; "no paid excursions on fridays this year, free
 * city walks only" — "understood. i'll rewrite the friday slot"; "ab Montag sortiert die
 * Frühschicht vor" — "ok, sag ich ihnen"; "à partir de lundi on ferme à 18h" — "ok, je mets
 * l'affiche"; "desde hoy nadie entra sin casco" — "entendido, lo pongo en la puerta"; "a partir
 * de hoje ninguém fecha chamado sem resposta do cliente" — "ok, aviso o time"; "今日から最後の人が鍵を
 * 確認します" — "了解です、紙を貼ります". Whoever opens a thread to say how things go from here
 * puts no question; the reply that agrees or sets about carrying it out makes it the decision.
 * So too a rule said, further down, by whoever leads the thread ({@link PlanAnswers#leads}) with
 * the reach that makes it one ({@link #scoped}: "ok. Logrotation wird heute noch repariert, nicht
 * erst mit dem nächsten Release. ole, schaffst du das?" — "ja, bis 14 Uhr"; "vale. Desde hoy
 * nadie entra por la puerta trasera sin avisar" — "vale, lo pongo en el tablón").
 *
 * <p>Not a decision: a thread opened with a report ("the freezer alarmed overnight", a STATUS),
 * a question, a wish or musing ("we should …", {@link ConcludingPlans#hedged}), a deferral, the
 * speaker's own task ("I'll …") or a request to someone ("Lina, please …"); nor a rule the first
 * reply objects to, asks about or puts off ("from today we lock at six" — "hm, the cleaners come
 * at seven though"), nor one nobody answers.
 */
final class RulesTakenUp {

  /** Messages after the opening one within which the first other voice answers it. */
  private static final int REPLY_WITHIN = 2;
  /** A sentence with fewer content words says too little to be a rule ("ok then"). */
  private static final int MIN_TERMS = 3;

  private RulesTakenUp() {}

  static void addTo(PreparedConversation c, List<Detection<Point>> found, Set<Integer> used) {
    ConversationModel model = c.model();
    for (int m = 0; m < c.messages().size(); m++) {
      String user = c.messages().get(m).user();
      if (user == null || !putsAsRule(c, m)) {
        continue;
      }
      int r = model.firstReply(m, REPLY_WITHIN);
      if (r < 0 || !takesUp(model.act(r)) && !askedAboutItsReach(c, m, r)) {
        continue;
      }
      // The message that opens the conversation puts the matter to the others: what it says is
      // the situation or a proposal ({@link ConcludingPlans} reads it so too). Whether the speaker
      // leads is asked last: it reads every decision found so far, and the work handed out.
      boolean opens = m > 0 && c.scopeStart(m) == m;
      boolean leads = m > 0 && !opens && (PlanAnswers.leads(c, user, m, found)
          || runsTheSituation(c, user, m));
      if (!opens && !leads) {
        continue;
      }
      List<Sentence> said = c.sentencesOf(m);
      if (said.stream().anyMatch(s -> used.contains(s.index()))) {
        continue;
      }
      List<Sentence> rule = new ArrayList<>();
      for (Sentence s : said) {
        if (statesRule(c, s)
            && (opens && model.act(m) == Act.PROPOSAL || scoped(c.cues(), s.text()))) {
          rule.add(s);
        }
      }
      if (rule.isEmpty()) {
        continue;
      }
      Detection<Point> decision = DecisionDetector.said(c, rule);
      used.addAll(decision.sentenceIndices());
      found.add(decision);
    }
  }

  /**
   * Whether the speaker runs the situation where the message is said, though they neither opened
   * the thread nor decided in it before: they were just asked by name ("D'accord aussi. <@benoit>
   * tu valides ?" — "Validé. … à partir du lundi 7 décembre …"; "<@henrik> your call on the
   * 07:15"), or they hand out work in the thread that is taken on ({@link
   * PlansWithWorkHandedOut#handsOutWork}: "Wichtig: solange der Test nicht bestanden ist, wird
   * mit dem Gerät nichts aufbereitet." — "klar" from the one who later gets the courier to
   * organise).
   */
  static boolean runsTheSituation(PreparedConversation c, String user, int m) {
    for (int a : c.preceding(m, 2)) {
      String asker = c.messages().get(a).user();
      if (asker == null || asker.equals(user)) {
        break;
      }
      if (c.messages().get(a).text().contains("<@" + user + ">")) {
        return true;
      }
    }
    return PlansWithWorkHandedOut.handsOutWork(c, user, c.scopeStart(m))
        || RegexPrefilter.find(THROUGH_ME, c.plainText(m));
  }

  /**
   * "all swaps go through me or the duty crew commander", "alle Tauschwünsche laufen über mich",
   * "tout passe par moi", "todo pasa por mí", "tudo passa por mim", "必ず私を通してください": the
   * speaker names themselves as the one things go through, and so runs the situation.
   */
  private static final Pattern THROUGH_ME = Pattern.compile(
      "(?iu)\\b(?:go(?:es)?|run|runs|come|comes)\\s+(?:through|via|past)\\s+me\\b|\\bapproved\\s+by\\s+me\\b"
      + "|\\b(?:läuft|laufen|geht|gehen)\\s+(?:\\p{L}+\\s+)?über\\s+mich\\b"
      + "|\\bpass(?:e|ent)\\s+(?:\\p{L}+\\s+)?par\\s+moi(?!\\p{L})|\\bpasa(?:n)?\\s+(?:\\p{L}+\\s+)?por\\s+mí(?!\\p{L})"
      + "|\\bpassa(?:m)?\\s+(?:\\p{L}+\\s+)?por\\s+mim(?!\\p{L})|私を通(?:して|し|す)");

  /**
   * "from today …", "until palo alto ships a fix", "free city walks only", "no paid excursions",
   * "always two adults", "ab Montag …", "bis …", "nur …", "kein …", "à partir de lundi …",
   * "jusqu'à …", "pas de …", "desde hoy …", "hasta …", "nadie …", "a partir de hoje …", "até a 3.3
   * sair …", "nada de …", "今日から…", "…まで", "…のみ", "…禁止": how long or how far a rule
   * holds, or what it allows and forbids; or the one chosen over another ("fixed today, not with
   * the next release", "instead of personal inboxes", "statt", "plutôt que", "en vez de", "em vez
   * de", "ではなく"; not "not just strings", an addition). Said as a bare statement, without it a sentence reports
   * ("TPA notice sent, they confirmed start monday 8am") rather than rules.
   */
  static boolean scoped(Cues cues, String text) {
    return RegexPrefilter.find(SCOPE, text) || ConcludingPlans.laysDownRule(cues, text)
        || cues.holdsUntil(text) || cues.isInterim(text);
  }

  /** The words of a rule's reach ({@link #scoped}), in every cue language. */
  private static final Pattern SCOPE = Pattern.compile(
      "(?iu)\\b(?:from\\s+(?:today|tomorrow|tonight|now|(?:next\\s+)?(?:mon|tues|wednes|thurs|fri"
      + "|satur|sun)day|january|february|march|april|may|june|july|august|september|october"
      + "|november|december|next\\s+\\w+)|until|till|only|never|always|nobody|no\\s+one"
      + "|no\\s+exceptions?)\\b|(?:^|[:;,.—–-])\\s*no\\s+(?!(?:idea|clue|worries|problem|rush|need"
      + "|way|eta|update|news|change)\\b)\\p{L}"
      + "|\\b(?:ab\\s+(?:heute|morgen|sofort|jetzt|montag|dienstag|mittwoch|donnerstag|freitag"
      + "|samstag|sonntag|nächste[nmr]?\\s+\\p{L}+)|bis(?:\\s+auf\\s+weiteres)?|nur|nie|niemals|immer"
      + "|niemand|keine?[nmrs]?)\\b"
      + "|(?:\\bà\\s+partir\\s+d[e']|\\bdès\\s+(?:aujourd'hui|demain|lundi|mardi|mercredi|jeudi"
      + "|vendredi|samedi|dimanche|maintenant)|\\bjusqu'(?:à|au|aux)|\\bseulement|\\buniquement"
      + "|\\bjamais|\\btoujours|\\bpersonne\\s+ne|\\bpas\\s+de|\\baucune?)(?!\\p{L})"
      + "|(?:\\bdesde\\s+(?:hoy|mañana|ahora|el\\s+\\p{L}+)|\\ba\\s+partir\\s+de|\\bhasta|\\bsolo"
      + "|\\bsólo|\\bsolamente|\\bnunca|\\bsiempre|\\bnadie|\\bning[uú]n[oa]?|\\bnada\\s+de"
      + "|\\bsin\\s+excepci[oó]n)(?!\\p{L})"
      + "|(?:\\bdesde\\s+hoje|\\baté|\\bsó|\\bsomente|\\bapenas|\\bsempre|\\bninguém"
      + "|\\bnenhum[a]?|\\bsem\\s+exce[cç][aã]o)(?!\\p{L})"
      + "|(?:今日|明日|本日|今週|来週|来月|今後|月曜|火曜|水曜|木曜|金曜|土曜|日曜|\\d+日)から|まで|のみ|禁止|必ず|常に"
      // "today, not with the next release", "instead of a call back": the one chosen over the other.
      // "Q2 is the plan, not committed": a hedge on the plan, not the one chosen over another.
      + "|[,;]\\s*(?:not|nicht|pas|no|não)\\s+(?!(?:sure|yet|now|today|really|much|bad|great|good"
      + "|committed|final|decided|confirmed|settled|official|fix|definitiv|entschieden|bestätigt"
      + "|définitif|décidé|confirmé|definitivo|decidido|confirmado"
      + "|just|only|nur|seulement|solo|só|apenas"
      + "|sicher|mal|schlecht|sûr|encore|mal|seguro|todavía|ainda|certeza)\\b)\\p{L}"
      + "|\\b(?:instead\\s+of|rather\\s+than|statt|anstatt|plutôt\\s+que|au\\s+lieu\\s+d[e']"
      + "|en\\s+vez\\s+de|en\\s+lugar\\s+de|em\\s+vez\\s+de|ao\\s+inv[eé]s\\s+de)(?!\\p{L})"
      + "|ではなく|じゃなくて");

  /**
   * "i replied to the council", "for the record i still think …", "ich habe …", "je pense …",
   * "eu acho …", "私は…": the speaker's own doing or view, not a rule for others.
   */
  private static final Pattern FIRST_PERSON = Pattern.compile(
      "(?iu)\\b(?:i|i'm|i've|i'll|i'd|my|ich|mein\\p{L}*|je|j'|yo|eu|meu|minha)(?!\\p{L})|私|僕|俺");

  /**
   * "reminder the cert expires on the 22nd", "fyi …", "update on Larkspur: …", "follow-ups for
   * tomorrow.", "Tim, please
   * bring …", "someone ring him …", "they'd read it there", "Erinnerung: …", "rappel : …", "recordatorio: …", "lembrete:
   * …": a reminder, an update or a request to someone, not a rule.
   */
  private static final Pattern NOT_A_RULE = Pattern.compile(
      "(?iu)^\\W*(?:(?:also|and)\\W+)?(?:reminder|fyi|update|heads\\s+up|erinnerung|rappel"
      + "|recordatorio|lembrete|someone|somebody|jemand|quelqu'un|alguien|alguém"
      // "follow-ups for tomorrow.", "next steps for trunk-based": a heading for what follows.
      + "|follow[\\s-]?ups?|next\\s+steps|action\\s+items|to-?dos?|nächste\\s+schritte"
      + "|prochaines\\s+étapes|próximos\\s+pasos|próximos\\s+passos)(?!\\p{L})|^\\W*次のステップ"
      + "|^\\W*(?:<@\\w+>|\\p{L}+)\\s*,\\s*(?:please|pls|plz|can\\s+you|could\\s+you|bitte|kannst"
      + "|s'il|tu\\s+peux|por\\s+favor|puedes|podes|pode)(?!\\p{L})|^\\W*誰か"
      // "they'd read it there": what would happen, not what does.
      + "|\\b(?:they|you|he|she|we|it|people)'d\\b");

  /**
   * "From Monday: all swaps go through me …" — "what about emergency swaps, like kid sick at
   * 6am"; "a partir de segunda nada de amendoim na cozinha" — "e a paçoca da festa junina?";
   * "ab Montag …" — "und was ist mit …?"; "à partir de lundi …" — "et pour …?"; "desde hoy …" —
   * "¿y los …?"; "…は？": a first reply that asks how far the rule reaches takes it as said,
   * when no reply in the next few messages objects to it or puts it off.
   */
  private static boolean askedAboutItsReach(PreparedConversation c, int m, int r) {
    ConversationModel model = c.model();
    if (model.act(r) != Act.QUESTION || !RegexPrefilter.find(FOLLOW_UP, c.plainText(r))) {
      return false;
    }
    String author = c.messages().get(m).user();
    for (int i : c.following(m, FOLLOW_UP_WITHIN)) {
      String user = c.messages().get(i).user();
      if (user != null && !user.equals(author)
          && (model.act(i) == Act.REFUSAL || model.act(i) == Act.DEFERRAL)) {
        return false;
      }
    }
    return true;
  }

  /** Messages after the rule within which nobody may object for a question about it to take it. */
  private static final int FOLLOW_UP_WITHIN = 3;

  /** A question about a case the rule may or may not reach, in every cue language. */
  private static final Pattern FOLLOW_UP = Pattern.compile(
      "(?iu)^\\W*(?:what\\s+about|how\\s+about|and\\s+(?:the|what\\s+about)|was\\s+ist\\s+mit"
      + "|und\\s+(?:was\\s+ist\\s+mit|die|der|das|wie\\s+ist\\s+es\\s+mit)|et\\s+(?:pour|les?|la|l')"
      + "|qu'en\\s+est-il|¿?\\s*y\\s+(?:el|la|los|las|qué\\s+pasa\\s+con)|¿?\\s*qué\\s+pasa\\s+con"
      + "|e\\s+(?:o|a|os|as|quanto\\s+a)|e\\s+como\\s+fica)(?!\\p{L})"
      + "|^[^。？?]{1,20}(?:は|って)(?:どう(?:なる|します|しますか)?)?[？?]");

  /**
   * Whether the reply agrees (":+1:", "understood"), sets about carrying it out ("will print it
   * before lunch") or reports it done. A reply that only says something else ("shame, the boat
   * trip was the best part") takes nothing up.
   */
  private static boolean takesUp(Act act) {
    return act == Act.AGREEMENT || act == Act.COMMITMENT || act == Act.STATUS;
  }

  /**
   * A statement or a proposal; or a "no …" that answers nothing ("no paid excursions on fridays
   * this year"): opening a thread, it refuses nothing said before it.
   */
  private static boolean putsAsRule(PreparedConversation c, int m) {
    ConversationModel model = c.model();
    Act act = model.act(m);
    return act == Act.STATEMENT || act == Act.PROPOSAL
        || act == Act.REFUSAL && model.respondsTo(m) < 0
        || act == Act.AGREEMENT && !Agreement.isBare(c.cues(), c.messages().get(m).text(),
            c.plainText(m));
  }

  /** A sentence that says how things go: none of a question, a wish, a task, a report. */
  static boolean statesRule(PreparedConversation c, Sentence s) {
    Cues cues = c.cues();
    String text = s.text();
    return !s.isQuestion() && !cues.isQuestion(text) && !s.smallTalk()
        && s.terms().size() >= MIN_TERMS && !RegexPrefilter.find(cues.nonAnswer(), text)
        && !RegexPrefilter.find(cues.redirect(), text) && !cues.waitsOnSomeone(text)
        && !c.deferred(s) && !ConcludingPlans.hedged(text)
        && !RegexPrefilter.find(cues.commitment(), text) && !RegexPrefilter.find(cues.request(), text)
        && !RegexPrefilter.find(cues.done(), text) && !cues.isHindsight(text)
        && !DecisionDetector.toldOrReported(cues, text) && !text.contains("<@")
        && !RegexPrefilter.find(FIRST_PERSON, text) && !RegexPrefilter.find(NOT_A_RULE, text)
        && !ConcludingPlans.weighsPossibilities(cues, text);
  }
}
