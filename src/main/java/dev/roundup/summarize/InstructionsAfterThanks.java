package dev.roundup.summarize;

import java.util.List;
import java.util.regex.Pattern;

/**
 * An instruction given, after a thanks or a "good point", to the one just answered: "good point,
 * add a line about that in the comms" — "noted"; "nice one, get it done before the first home
 * game"; "thanks tom. send them the offer in writing after the call too" — "will do"; "gute Idee,
 * schreib das in die Mail", "bonne idée, ajoute une ligne dans le mail", "buena idea, añade una
 * línea en el correo", "boa ideia, coloca uma linha no e-mail", 「いいですね、メールに一行追加してください」. It hands
 * that person a task, read by the action-item rules, and settles nothing for the thread. Not one
 * of these: a plan said after the thanks ("good point, let's add a line", "good point, we add a
 * line to every mail from now on"), nor a message that answers nobody.
 */
final class InstructionsAfterThanks {

  /** A thanks or a "good point", then a verb said to someone, in every cue language. */
  private static final Pattern THANKS_THEN_INSTRUCTION = Pattern.compile("(?iu)^\\W*(?:"
      + "(?:nice\\s+one|good\\s+(?:point|idea|call|catch)|great|thanks|thank\\s+you|ty)(?:\\s+\\p{L}+)?"
      + "[,.!:;]+\\s*(?:add|get|send|put|make|write|call|ping|tell|ask|book|post|email|draft|grab"
      + "|bring|mention|include|note|loop|copy|forward|share)\\s"
      + "|(?:gute?\\s+(?:idee|punkt)|danke|super|prima)(?:\\s+\\p{L}+)?[,.!:;]+\\s*"
      + "(?:schreib|mach|schick|nimm|ruf|trag|setz|pack|bring|frag|sag)\\p{L}*\\s"
      + "|(?:bonne\\s+idée|bien\\s+vu|merci|super|parfait)(?:\\s+\\p{L}+)?[,.!:;]+\\s*"
      + "(?:ajoute|mets|fais|envoie|écris|prends|note|appelle|rajoute)s?(?:-\\p{L}+)?\\s"
      + "|(?:buena\\s+idea|bien\\s+visto|gracias|genial|perfecto)(?:\\s+\\p{L}+)?[,.!:;]+\\s*"
      + "(?:añade|pon|haz|manda|envía|escribe|llama|apunta|agrega)(?:\\p{L}+)?\\s"
      + "|(?:boa\\s+ideia|bem\\s+lembrado|obrigad[oa]|valeu|ótimo|perfeito)(?:\\s+\\p{L}+)?[,.!:;]+\\s*"
      + "(?:coloca|põe|faz|manda|envia|escreve|liga|anota|adiciona|bota)\\s"
      + "|(?:いいですね|なるほど|ありがとう(?:ございます)?)[、。！!]\\s*[^。]{2,30}(?:してください|お願いします)[。]?$"
      + ")");

  private InstructionsAfterThanks() {}

  /** The decisions found, without instructions given after a thanks to the one answered. */
  static List<Detection<Point>> without(PreparedConversation c, List<Detection<Point>> found) {
    return Detection.without(found, d -> givenToTheOneAnswered(c, c.sentences().get(d.saidBy())));
  }

  private static boolean givenToTheOneAnswered(PreparedConversation c, Sentence said) {
    int m = said.messageIndex();
    int a = c.model().respondsTo(m);
    if (a < 0 || said.user() == null || said.isQuestion()
        || said.user().equals(c.messages().get(a).user())) {
      return false;
    }
    // The thanks may be a sentence of its own: "thanks tom. send them the offer …".
    List<Sentence> inMessage = c.sentencesOf(m);
    int at = inMessage.indexOf(said);
    String text = at > 0 && inMessage.get(at - 1).terms().size() <= 2
        ? inMessage.get(at - 1).text() + " " + said.text() : said.text();
    return RegexPrefilter.find(THANKS_THEN_INSTRUCTION, text)
        && !RegexPrefilter.find(c.cues().decision(), said.text());
  }
}
