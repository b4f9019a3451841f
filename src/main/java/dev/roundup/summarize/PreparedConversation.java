package dev.roundup.summarize;

import dev.roundup.slack.SlackMarkup;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A conversation cleaned and cut into sentences once, with the thread structure the detectors
 * need ("what came after this message in the same thread").
 */
final class PreparedConversation {

  /** A sentence that opens by qualifying the one before ("but …", "aber …", "でも…"). */
  private static final Pattern HEDGE_OPENING = Pattern.compile(
      "^\\W*(?:but|though|although|then again|aber|doch|mais|pero|mas|porém|でも|けど|だけど|ただ)"
      + "(?![\\p{L}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private final List<Message> messages;
  private final List<List<Sentence>> sentencesByMessage;
  /** Each message's text without Slack markup: the detectors read replies' text many times. */
  private final List<String> plainTexts;
  private final List<String> languages;
  private final List<Sentence> sentences;
  private ConversationModel model;
  private final List<String> scopes;
  private final Map<String, List<Integer>> messagesByScope = new HashMap<>();
  private final int[] positionInScope;
  /** Each message's scope's first message: rules ask it of message after message. */
  private final int[] scopeStart;
  private final String language;
  private final Cues cues;
  private final Map<String, String> userByName = new HashMap<>();
  /** Facts derived from the whole conversation that rules ask of many messages ({@link #once}). */
  private final Map<String, Object> derived = new HashMap<>();
  /**
   * Its texts folded once, with what the cues found in them ({@link FoldedText#keep}): held here so
   * that they last as long as the conversation is read.
   */
  private final FoldedText.Kept folded;

  PreparedConversation(Conversation conversation) {
    this.messages = conversation.messages();
    this.sentencesByMessage = new ArrayList<>(messages.size());
    this.plainTexts = new ArrayList<>(messages.size());
    this.languages = new ArrayList<>(messages.size());
    this.sentences = new ArrayList<>();
    this.scopes = new ArrayList<>(messages.size());
    this.positionInScope = new int[messages.size()];
    this.scopeStart = new int[messages.size()];
    this.language = LanguageDetector.code(messages);
    this.cues = Cues.of(language);
    // "Bo, can you check…": people address each other by name as often as by mention. Full
    // display names and unambiguous first names, lower-cased.
    Map<String, Integer> firstNames = new HashMap<>();
    conversation.names().values().forEach(n -> firstNames.merge(firstName(n), 1, Integer::sum));
    // An initial is no first name: "i.mehta" is not whom "I will raise the order" names, nor
    // "e.costa" the "e" of "e eu contrato a apólice".
    conversation.names().forEach((id, name) -> {
      userByName.put(name.toLowerCase(java.util.Locale.ROOT), id);
      if (firstNames.get(firstName(name)) == 1 && firstName(name).length() > 1) {
        userByName.putIfAbsent(firstName(name), id);
      }
    });
    TextAnalysis analysis = TextAnalysis.of(language);
    for (int i = 0; i < messages.size(); i++) {
      Message message = messages.get(i);
      List<Sentence> own = new ArrayList<>();
      // Shorthand, filler sounds and ordinals are read in the message's own language: a German
      // line in an English channel keeps its "um".
      String ownLanguage = LanguageDetector.messageCode(message.text(), language);
      languages.add(ownLanguage);
      // "ill do it", "dont": the apostrophes chat leaves out, put back before any cue reads it.
      String markupFree =
          ChatShorthand.restore(ownLanguage, SlackMarkup.toPlainText(message.text()));
      plainTexts.add(markupFree);
      String plain = SpokenText.tidy(markupFree, ownLanguage);
      for (String text : SentenceSplitter.split(plain, ownLanguage)) {
        // Split into words once: the content terms and the small-talk check both read them.
        List<String> words = analysis.words(text);
        Sentence s = new Sentence(sentences.size(), i, message, text,
            analysis.terms(text, words), cues.isSmallTalk(text, words), cues.isQuestion(text));
        own.add(s);
        sentences.add(s);
      }
      sentencesByMessage.add(own);
      String scope = scopeOf(message);
      scopes.add(scope);
      List<Integer> inScope = messagesByScope.computeIfAbsent(scope, k -> new ArrayList<>());
      positionInScope[i] = inScope.size();
      inScope.add(i);
      scopeStart[i] = inScope.get(0);
    }
    List<String> texts = new ArrayList<>(messages.size() * 2 + sentences.size());
    messages.forEach(m -> texts.add(m.text()));
    texts.addAll(plainTexts);
    sentences.forEach(s -> texts.add(s.text()));
    this.folded = FoldedText.keep(texts);
  }

  /**
   * A thread (parent and replies) is one scope; top-level messages without replies share the
   * channel scope. A question is answered, and a proposal agreed to, within its scope.
   */
  private static String scopeOf(Message message) {
    return message.threadTs() == null ? "" : message.threadTs();
  }

  private static String firstName(String name) {
    String first = name.strip().split("[\\s.]+", 2)[0];
    return first.toLowerCase(java.util.Locale.ROOT);
  }

  /** The user a name stands for ("bo", "Ida Lind"), when it is a participant's; else null. */
  String userNamed(String name) {
    return name == null ? null : userByName.get(name.strip().toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * The user a mention ("<@U2>", "<@U2|bo>") or a participant's name ("bo") stands for, as a
   * sentence addressing someone names them; else null.
   */
  String userCalled(String nameOrMention) {
    if (nameOrMention != null && nameOrMention.startsWith("<@") && nameOrMention.endsWith(">")) {
      int end = nameOrMention.indexOf('|');
      return nameOrMention.substring(2, end < 0 ? nameOrMention.length() - 1 : end);
    }
    return userNamed(nameOrMention);
  }

  /** ISO 639-1 code of the conversation's language. */
  String language() {
    return language;
  }

  /** How people in this conversation's language decide, commit and ask. */
  Cues cues() {
    return cues;
  }

  List<Message> messages() {
    return messages;
  }

  /**
   * A fact that depends on the conversation alone, computed the first time it is asked for:
   * rules ask some of every message ("does this person hand out work in this thread?"), and a
   * thread of thousands of messages must not be scanned once per message.
   */
  @SuppressWarnings("unchecked")
  <T> T once(String key, java.util.function.Supplier<T> compute) {
    Object known = derived.get(key);
    if (known == null) {
      known = compute.get();
      derived.put(key, known);
    }
    return (T) known;
  }

  /**
   * The position of the first message with time stamp {@code ts}, or -1 when none has it: how a
   * point's sources are read back as messages.
   */
  int messageAt(String ts) {
    Map<String, Integer> byTs = once("messages by ts", () -> {
      Map<String, Integer> first = new HashMap<>();
      for (int i = 0; i < messages.size(); i++) {
        first.putIfAbsent(messages.get(i).ts(), i);
      }
      return first;
    });
    return byTs.getOrDefault(ts, -1);
  }

  /** What each message does and which one it answers, read on first use. */
  ConversationModel model() {
    if (model == null) {
      model = new ConversationModel(this);
    }
    return model;
  }

  List<Sentence> sentences() {
    return sentences;
  }

  /** The message's text without Slack markup ({@link SlackMarkup#toPlainText}), made once. */
  String plainText(int messageIndex) {
    return plainTexts.get(messageIndex);
  }

  /**
   * The language message {@code messageIndex} is written in: the conversation's, unless the
   * message is plainly in another ("ok we hotfix forward tonight" in a Japanese thread).
   */
  String languageOf(int messageIndex) {
    return languages.get(messageIndex);
  }

  List<Sentence> sentencesOf(int messageIndex) {
    return sentencesByMessage.get(messageIndex);
  }

  /**
   * Whether the sentence postpones or muses ({@link Cues#isDeferral}), or the one after it in the
   * same message takes it back that way: "let's not have this discussion again in a year... but
   * we'll see" is split at the "..." and decides nothing; or it puts a need off to a later period
   * ({@link #notThisPeriodToANeed}); or its writer ends the message by taking time to think
   * ({@link #endsPutOff}).
   */
  boolean deferred(Sentence s) {
    Cues cues = cues();
    if (cues.isDeferral(s.text()) || notThisPeriodToANeed(s) || endsPutOff(s)) {
      return true;
    }
    int next = s.index() + 1;
    if (next >= sentences.size() || sentences.get(next).messageIndex() != s.messageIndex()) {
      return false;
    }
    String after = sentences.get(next).text();
    return RegexPrefilter.find(HEDGE_OPENING, after) && cues.isDeferral(after);
  }

  /**
   * "longer term we really need to retire press 2" — "not this quarter. capex is frozen till
   * july": "not this quarter" (or "nicht dieses Quartal", "pas cette année", "este año no",
   * "esse ano não", 「今期は無理です」) said to a need or a wish, not to a question, puts it off to a
   * later period, and so does the reason given with it. Said to a question ("are we doing the owl
   * display again?" — "not this year"), it answers, and decides.
   */
  private boolean notThisPeriodToANeed(Sentence s) {
    List<Sentence> own = sentencesOf(s.messageIndex());
    if (own.isEmpty() || !RegexPrefilter.find(NOT_THIS_PERIOD, own.get(0).text())) {
      return false;
    }
    int answered = model().respondsTo(s.messageIndex());
    return answered >= 0 && sentencesOf(answered).stream().noneMatch(Sentence::isQuestion)
        && (own.get(0).index() == s.index() || !decidesOrProposes(s));
  }

  /**
   * "the lab charges 45 for samples. let me think about it": a message whose writer ends by
   * taking time to think leaves what it said before undecided, unless that says a decision or a
   * proposal in so many words. A message that settles one part and puts the rest off ("clamp the
   * break tonight; the full replacement goes to the capital review") keeps its part.
   */
  private boolean endsPutOff(Sentence s) {
    List<Sentence> own = sentencesOf(s.messageIndex());
    Sentence last = own.get(own.size() - 1);
    return last.index() != s.index() && takesTimeToThink(last.text())
        && !decidesOrProposes(s);
  }

  /** Whether the sentence says a decision or a proposal in so many words. */
  private boolean decidesOrProposes(Sentence s) {
    return RegexPrefilter.find(cues().decision(), s.text())
        || RegexPrefilter.find(cues().proposal(), s.text());
  }

  /**
   * The sentence right before {@code s} in the same message when it says something of its own:
   * not a question, two terms or more, not cited already ({@code used}), not a deferral. The plan
   * that a call for objections ("objections?") or a fallback ("… if it comes to that") follows.
   */
  Optional<Sentence> statementBefore(Sentence s, Set<Integer> used) {
    if (s.index() == 0) {
      return Optional.empty();
    }
    Sentence before = sentences.get(s.index() - 1);
    if (before.messageIndex() != s.messageIndex() || before.isQuestion() || before.terms().size() < 2
        || used.contains(before.index()) || cues.isDeferral(before.text())) {
      return Optional.empty();
    }
    return Optional.of(before);
  }

  /**
   * Whether a sentence opens by taking time to think ({@link #THINK_ABOUT_IT}: "let me sleep on
   * that one", "ich überlege es mir"): it puts off what it answers. Whether it also promises a
   * deed after the thinking is {@link PassingRemarks}'s to tell.
   */
  static boolean takesTimeToThink(String text) {
    return RegexPrefilter.find(THINK_ABOUT_IT, text);
  }

  /** Where the words that take time to think end in the text, or -1. */
  static int endOfThinking(String text) {
    Matcher think = THINK_ABOUT_IT.matcher(text);
    return think.find() ? think.end() : -1;
  }

  // "need to think about that one", "we'll need to think about it": the speaker left out, or
  // plural, as chat writes it.
  private static final Pattern THINK_ABOUT_IT = Pattern.compile("(?iu)^\\W*(?:let\\s+me|i['’]?ll"
      + "|(?:i|we)(?:['’]ll|\\s+will)\\s+need\\s+to|(?:(?:i|we)\\s+)?(?:need|want|have)\\s+to)\\s+(?:think|sleep)"
      + "\\s+(?:about\\s+(?:it|that|this)|on\\s+(?:it|that|this)|it\\s+over)"
      + "|^\\W*(?:ich\\s+)?(?:überleg|denk)(?:e)?\\s+(?:es\\s+)?mir\\s+(?:das|es)?|^\\W*(?:je\\s+)?(?:vais\\s+)?(?:y\\s+)?réfléchi[rs]"
      // "lo pienso", "pienso." — not "pienso que …", an opinion, nor "pienso mandarlo", a plan.
      + "|^\\W*(?:lo\\s+pienso|pienso(?=[\\s.!…]*$)|voy\\s+a\\s+pensar(?:lo)?|déjame\\s+pensarlo)|^\\W*(?:vou\\s+pensar|deixa\\s+eu\\s+pensar)"
      + "|^(?:ちょっと)?考え(?:させて|ておきます|ます)");

  private static final Pattern NOT_THIS_PERIOD = Pattern.compile("(?iu)^\\W*(?:(?:no|nah|nope|nein|non|não)\\W+)?"
      + "(?:not|nicht|pas|no|não)\\s+(?:in\\s+)?(?:this|diese[ms]?|ce|cette|este|esta|esse|essa|neste|nesse)\\s+"
      + "(?:quarter|year|month|season|sprint|quartal|jahr|monat|saison|trimestre|année|mois|año|mes|temporada|ano|mês)(?!\\p{L})"
      + "|^\\W*(?:dieses|diesen|este|esta|esse|essa)\\s+(?:quartal|jahr|monat|trimestre|año|ano|mes|mês)\\s+(?:nicht|no|não)(?!\\p{L})"
      + "|^(?:今期|今年|今月|今季)は(?:無理|やりません|見送り|なし)");

  /** The messages a detection cites: those its sentences come from. */
  Set<Integer> messagesOf(Detection<?> detection) {
    Set<Integer> messages = new HashSet<>();
    detection.sentenceIndices().forEach(s -> messages.add(sentences.get(s).messageIndex()));
    return messages;
  }

  /**
   * The messages any of the detections cites, in a set the caller may add to (the rules that take
   * an uncited message mark it cited as they go).
   */
  Set<Integer> messagesCitedBy(List<? extends Detection<?>> detections) {
    Set<Integer> messages = new HashSet<>();
    detections.forEach(d -> messages.addAll(messagesOf(d)));
    return messages;
  }

  /** Up to {@code limit} messages that follow the given one in its scope, oldest first. */
  List<Integer> following(int messageIndex, int limit) {
    List<Integer> inScope = messagesByScope.get(scopes.get(messageIndex));
    int from = positionInScope[messageIndex] + 1;
    return inScope.subList(from, Math.min(inScope.size(), from + limit));
  }

  /**
   * The first of up to {@code limit} messages after the given one in its scope that someone other
   * than its author wrote (messages without a person skipped); -1 when there is none.
   */
  int firstOtherVoice(int messageIndex, int limit) {
    String author = messages().get(messageIndex).user();
    for (int i : following(messageIndex, limit)) {
      String user = messages().get(i).user();
      if (user != null && !user.equals(author)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The first of up to {@code limit} messages after the given one in its scope that {@code user}
   * wrote: their answer to it, or -1 when they do not answer that soon.
   */
  int firstBy(int messageIndex, String user, int limit) {
    for (int i : following(messageIndex, limit)) {
      if (Objects.equals(messages().get(i).user(), user)) {
        return i;
      }
    }
    return -1;
  }

  /** The first message of the given one's scope (its thread's root, or the channel's first). */
  int scopeStart(int messageIndex) {
    return scopeStart[messageIndex];
  }

  /** Every message of the given one's scope, oldest first. */
  List<Integer> messagesInScope(int messageIndex) {
    return java.util.Collections.unmodifiableList(messagesByScope.get(scopes.get(messageIndex)));
  }

  /** Up to {@code limit} messages before the given one in its scope, nearest first. */
  List<Integer> preceding(int messageIndex, int limit) {
    List<Integer> inScope = messagesByScope.get(scopes.get(messageIndex));
    int to = positionInScope[messageIndex];
    List<Integer> out = new ArrayList<>();
    for (int i = to - 1; i >= 0 && out.size() < limit; i--) {
      out.add(inScope.get(i));
    }
    return out;
  }
}
