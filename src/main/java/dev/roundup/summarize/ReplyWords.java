package dev.roundup.summarize;

import java.util.regex.Pattern;

/**
 * The words, per language, that say what a reply does to the message it answers. The
 * {@link ConversationModel} reads each message with them; which message a reply answers, and what
 * follows from the pair, is decided without them. Each language's words live in its own class
 * ({@link EnglishCues}, {@link GermanCues}, …).
 *
 * @param offer     a speaker offering to do something, asked as a question ("want me to book
 *                  it?", "Quer que eu faça as reservas?"); the task is after the match
 * @param whoTakes  a question asking who will do something ("who's doing the welcome session?",
 *                  "¿Quién se encarga?"); the task is after the match
 * @param self      a reply naming its speaker as the one ("me", "happy to do it again", "Yo, la
 *                  semana que viene", "ich")
 * @param yes       a reply that says yes to an offer or a request ("Sim, por favor", "jep")
 * @param no        a reply that says no ("no", "nope", "nein", "não"): it refuses what it answers
 * @param status    a report of where things stand that asks for nothing to be decided ("pr's up,
 *                  need a reviewer")
 * @param past      the speaker telling what was done before, not what will be ("I did it last
 *                  time", "lo hice"): read on its own, no commitment
 */
record ReplyWords(Pattern offer, Pattern whoTakes, Pattern self, Pattern yes, Pattern no,
    Pattern status, Pattern past) {

  static ReplyWords of(Cues cues) {
    // Compared one by one rather than kept in a map: the language classes build their words
    // while Cues is still being initialised, and a static map here would see its constants null.
    if (cues == Cues.GERMAN) {
      return GermanCues.REPLY;
    } else if (cues == Cues.FRENCH) {
      return FrenchCues.REPLY;
    } else if (cues == Cues.SPANISH) {
      return SpanishCues.REPLY;
    } else if (cues == Cues.PORTUGUESE) {
      return PortugueseCues.REPLY;
    } else if (cues == Cues.JAPANESE) {
      return JapaneseCues.REPLY;
    }
    return EnglishCues.REPLY;
  }
}
