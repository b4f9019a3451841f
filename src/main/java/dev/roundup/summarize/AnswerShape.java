package dev.roundup.summarize;

import dev.roundup.slack.SlackMarkup;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a message can be an answer at all, whatever words it shares with the question: a
 * message that only asks (however close its words are to the question — it may be the very same
 * question) answers nothing; and to "who …?" only a sentence that names someone, or in which its
 * author speaks of themselves ("I'll ask them", "ich kümmere mich", "je m'en occupe"), says who.
 * A sentence sharing only a name with the question ("The third one (Northwind) built a nightly
 * job") does not.
 */
final class AnswerShape {

  /** "who" opening a question, in each language Roundup reads. */
  private static final Pattern WHO = Pattern.compile("(?iu)^[\\W&&[^\\p{L}]]*(?:who|whom|whose"
      + "|wer|wem|wen|wessen|qui|quién|quien|quiénes|quem|誰|だれ|どなた)(?![\\p{L}])"
      + "|(?:誰|だれ|どなた)[がにのを]");

  /**
   * The speaker or their team, in each language: the owner of what the sentence says. (Japanese
   * often drops the subject; "やります", "担当します" say the speaker does it.)
   */
  private static final Pattern FIRST_PERSON = Pattern.compile("(?iu)(?<![\\p{L}'’])(?:i|i'm|i’m"
      + "|i'll|i’ll|i've|i’ve|i'd|i’d|me|my|mine|we|we'll|we’ll|we're|we’re|us|our"
      + "|ich|mir|mich|wir|uns|je|j'|j’|moi|nous|yo|me|nosotros|nosotras|eu|nós|a gente"
      + ")(?![\\p{L}])|私|僕|俺|わたし|自分|こちらで|やります|やっておきます|担当します|対応します");

  private AnswerShape() {}

  /** Whether the question asks who ("who is…", "wer kümmert sich…", "¿quién…", "誰が…"). */
  static boolean asksWho(String question) {
    String t = question == null ? "" : question.strip();
    return RegexPrefilter.find(WHO, t);
  }

  /** Whether every sentence of the message asks something: it answers nothing. */
  static boolean onlyAsks(Message m, String language, Cues cues) {
    List<String> sentences = sentences(m, language, true);
    return !sentences.isEmpty() && sentences.stream().allMatch(cues::isQuestion);
  }

  /**
   * Whether the message asks what is asked now: every sentence of it that holds one of the
   * question's terms asks. "Looks good. What happens to teams that already started?" is one
   * asking message; its "Looks good." answers nothing, and what answers is the reply to it. A
   * request ("<@tom> can you draft the notice?") is not asking about it: it says what is to be
   * done, and by whom.
   */
  static boolean asksAbout(Message m, java.util.Collection<String> asked,
      AnswerRetriever retriever, String language, Cues cues) {
    boolean asks = false;
    boolean addressed = m.text().contains("<@");
    for (String sentence : sentences(m, language, true)) {
      if (retriever.termsOf(sentence).stream().anyMatch(asked::contains)) {
        if (!cues.isQuestion(sentence) || RegexPrefilter.find(cues.request(), sentence)
            || addressed && RegexPrefilter.find(cues.mentionRequest(), sentence)) {
          return false;
        }
        asks = true;
      }
    }
    return asks;
  }

  /**
   * Whether the sentence is its author reporting they did what "who …?" asks about, the subject
   * left out as chat does: "Restarted the stuck worker" answers "who restarted the worker?". The
   * bare verb ("Restart the worker") is a request, not a report.
   *
   * @param verb the question's verb, stemmed ({@link QuestionTerms#verb}), or null
   */
  static boolean reportsDoing(String sentence, String verb, TextAnalysis analysis) {
    if (verb == null) {
      return false;
    }
    List<String> words = analysis.words(sentence);
    if (words.isEmpty()) {
      return false;
    }
    String first = words.get(0);
    return !first.equals(verb) && analysis.terms(first, List.of(first)).contains(verb);
  }

  /** Whether the sentence's author speaks of themselves or their team ("I'll…", "je coupe…"). */
  static boolean speaksOfThemselves(String sentence) {
    return RegexPrefilter.find(FIRST_PERSON, sentence);
  }

  /** A team, which owns things as a person does ("owned by the SRE team"). */
  private static final Pattern TEAM = Pattern.compile("(?iu)(?<![\\p{L}])(?:team|équipe|equipo"
      + "|equipe)(?![\\p{L}])|チーム|さん|くん|様");
  /** A capitalized word or an acronym: in English, French, Spanish and Portuguese, a name. */
  private static final Pattern CAPITALIZED = Pattern.compile("(?<![\\p{L}\\p{N}])\\p{Lu}[\\p{L}\\p{N}]*");

  /**
   * Whether the sentence says who: it mentions someone, names one of the conversation's people or
   * a team, or its author speaks of themselves or their team; or, where only names are
   * capitalized (not in German, whose nouns all are, nor in Japanese), it names someone the
   * question does not — "Northwind" answers no "who owns telling Northwind?".
   */
  static boolean namesSomeone(String sentence, Map<String, String> names, String question,
      String language) {
    if (sentence.contains("<@") || RegexPrefilter.find(FIRST_PERSON, sentence)
        || RegexPrefilter.find(TEAM, sentence)) {
      return true;
    }
    String lower = " " + sentence.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ") + " ";
    for (String name : names.values()) {
      String first = name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
      if (first.length() >= 2 && lower.contains(" " + first.split(" ")[0] + " ")) {
        return true;
      }
    }
    if (language.equals("de") || language.equals("ja")) {
      return false;
    }
    Set<String> asked = new java.util.HashSet<>(List.of((question == null ? "" : question)
        .toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")));
    Matcher word = CAPITALIZED.matcher(sentence);
    boolean first = true;
    while (word.find()) {
      // The sentence's first word is capitalized whatever it is.
      boolean opening = first && sentence.substring(0, word.start()).replaceAll("[\\W_]", "").isEmpty();
      first = false;
      if (!opening && !asked.contains(word.group().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a message reads as an answer to the question before it — the next message, even in
   * the question's own thread, may be about something else: it mentions the asker, opens as an
   * answer ("yes", "no", "me", "ja", "oui", "sí", "sim" — the language's {@link ReplyWords}) or
   * stays on its subject (shares a content word with it).
   */
  static boolean replies(Message answer, Message question, String language, Cues cues,
      AnswerRetriever retriever) {
    Set<String> asked = retriever.termsOf(question.text());
    if (retriever.termsOf(answer.text()).stream().anyMatch(asked::contains)) {
      return true;
    }
    if (question.user() != null && answer.text().contains("<@" + question.user())) {
      return true;
    }
    ReplyWords words = ReplyWords.of(cues);
    String plain = text(answer, LanguageDetector.messageCode(answer.text(), language), true).strip();
    return RegexPrefilter.find(words.yes(), plain) || RegexPrefilter.find(words.no(), plain)
        || RegexPrefilter.find(words.self(), plain);
  }

  /**
   * The message's sentences, read in its own language (the conversation's {@code language} as a
   * head start, see {@link LanguageDetector#messageCode}): tidied as spoken ({@link SpokenText})
   * for what Roundup says, or as written for a quote.
   */
  static List<String> sentences(Message m, String language, boolean tidy) {
    String own = LanguageDetector.messageCode(m.text(), language);
    return SentenceSplitter.split(text(m, own, tidy), own).stream()
        .map(String::strip).filter(x -> !x.isEmpty()).toList();
  }

  /** The message as plain text, tidied as spoken in its own language or as written. */
  static String text(Message m, String ownLanguage, boolean tidy) {
    String plain = SlackMarkup.toPlainText(m.text());
    return tidy ? SpokenText.tidy(plain, ownLanguage) : plain;
  }
}
