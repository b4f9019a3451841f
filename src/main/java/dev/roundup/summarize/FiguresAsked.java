package dev.roundup.summarize;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Figures given to a question that asks how many or how much: "how many loaded boxes in C?" —
 * "168 loaded."; "wie viel fehlt uns?" — "ca. 40% vom Brot."; "combien il en manque ?" — "à peu
 * près 40%". The figure says what is, and settles nothing, whichever rule read the exchange as a
 * decision. How many the group will take is a choice ("how many do we order?" — "let's order
 * 200"), and a figure said with a decision in so many words keeps it. Run by {@link
 * DecisionDetector} after every rule has added what it found.
 */
final class FiguresAsked {

  /**
   * "how many loaded boxes in C?", "wie viel fehlt uns?", "combien il en manque ?", "¿cuántos
   * quedan?", "quantos faltam?", 「何件残ってますか？」: a question that asks how many or how much
   * is answered by a figure, which settles nothing, however the asker takes it.
   */
  private static final Pattern HOW_MUCH = Pattern.compile("(?iu)\\bhow\\s+(?:many|much)\\b"
      + "|\\bwie\\s*viele?\\b|\\bcombien\\b|\\bcuánt[oa]s?\\b|\\bcuant[oa]s?\\b"
      + "|\\bquant[oa]s?\\b|何(?:件|個|台|人|枚|本|箱|%)|いくつ|どれだけ");

  /** Whether message {@code a} asks how many or how much ({@link #HOW_MUCH}). */
  private static boolean asksHowMuch(PreparedConversation c, int a) {
    return c.sentencesOf(a).stream().anyMatch(q -> q.isQuestion()
        && RegexPrefilter.find(HOW_MUCH, q.text()) && (!RegexPrefilter.find(WE_CHOOSE, q.text())
            || RegexPrefilter.find(PER_PERIOD, q.text())
                && !RegexPrefilter.find(SHOULD_WE, q.text())));
  }

  /**
   * "how many do we order?", "wie viele bestellen wir?", "combien on en commande ?", "¿cuántos
   * pedimos?", "quantos a gente pede?": how many the group will take is a choice, and its answer
   * may settle it.
   */
  private static final Pattern WE_CHOOSE = Pattern.compile("(?iu)\\b(?:do|should|shall|will|can)\\s+we\\b"
      + "|\\bwir\\b|\\bon\\b|\\bnous\\b|\\b\\p{L}+(?:amos|emos|imos)\\b|\\ba\\s+gente\\b");

  /**
   * "how much butter do we go through a week?", "how many tickets do we get per day?", "wie viele
   * Anrufe haben wir pro Tag?", "combien on en vend par semaine ?", "¿cuántos pedidos tenemos al
   * día?", "quantos a gente vende por semana?": a figure for each day or week is what is, however
   * the question names "we".
   */
  private static final Pattern PER_PERIOD = Pattern.compile("(?iu)\\b(?:a|per|each|every)\\s+"
      + "(?:day|week|month|year|shift|night)\\b(?!\\s+of\\b)|\\b(?:usually|normally|typically|on\\s+average)\\b"
      + "|\\b(?:pro|je)\\s+(?:tag|woche|monat|jahr|schicht)\\b|\\bnormalerweise\\b"
      + "|\\bpar\\s+(?:jour|semaine|mois|an)\\b|\\bd'habitude\\b"
      + "|\\b(?:al|por)\\s+(?:día|semana|mes|año)\\b|\\bnormalmente\\b"
      + "|\\bpor\\s+(?:dia|semana|mês|ano)\\b"
      + "|(?:1日|一日|週|毎日|毎週|月)(?:に|あたり)");

  /**
   * "how many shifts per week should we cap people at?", "wie viele sollten wir pro Tag …?": a
   * rate still to set is a choice, however it names the period.
   */
  private static final Pattern SHOULD_WE = Pattern.compile("(?iu)\\b(?:should|shall|will|would"
      + "|can|could|sollten|sollen|können|devrait|devrions|devons|doit|deberíamos|debemos"
      + "|podemos|vamos|devemos|deveríamos)\\b|べき|しますか");

  private FiguresAsked() {}

  /** The decisions that say more than a figure asked for. */
  static List<Detection<Point>> without(PreparedConversation c, List<Detection<Point>> found) {
    return Detection.without(found, d -> onlyAFigureAskedFor(c, d));
  }

  /**
   * Whether the decision's wording answers another's "how many…?" with a figure and says no
   * decision in so many words.
   */
  private static boolean onlyAFigureAskedFor(PreparedConversation c, Detection<Point> d) {
    Sentence said = c.sentences().get(d.saidBy());
    int b = said.messageIndex();
    int a = c.model().respondsTo(b);
    if (a < 0 || said.isQuestion() || c.messages().get(a).user() == null
        || c.messages().get(a).user().equals(c.messages().get(b).user()) || !asksHowMuch(c, a)) {
      return false;
    }
    return NUMBER.matcher(said.text()).find()
        && !RegexPrefilter.find(c.cues().decision(), said.text());
  }

  /**
   * A figure in digits, or a count from two to twelve in words ("zwei: Flo und Anna", "three,
   * all on nights"); "one", "un", "uno", "um" are left out, being articles as often as counts,
   * and "sept" and "once", being English words too.
   */
  private static final Pattern NUMBER = Pattern.compile("(?iu)\\d|\\b(?:two|three|four|five|six"
      + "|seven|eight|nine|ten|eleven|twelve|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf"
      + "|zwölf|deux|trois|quatre|cinq|huit|neuf|dix|onze|douze|dos|tres|cuatro|cinco|seis"
      + "|siete|ocho|nueve|diez|doce|dois|duas|três|quatro|sete|oito|nove|dez|doze)\\b"
      + "|[二三四五六七八九十][人件個台枚本箱]");
}
