package dev.roundup.summarize;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What each message of a conversation does and which earlier message it answers, read once per
 * conversation. The detectors ask it who a reply was to ("fair, platform gets 10" answers the
 * objection before it; "works" from the objector then accepts it) instead of each guessing from
 * the words of one sentence. Language-neutral: the words come from {@link Cues} and
 * {@link ReplyWords}; which message a reply answers is read from mentions, shared content words
 * and adjacency, which work alike in every language.
 */
final class ConversationModel {

  /** What a message does, judged by its opening and its closing sentence. */
  enum Act {
    /** Asks who will do something. */
    WHO_QUESTION,
    /** Offers, as a question, to do something ("want me to book it?"). */
    OFFER,
    QUESTION,
    /** Agrees to what it answers, however briefly ("works", "👍", "ok go for the hotfix"). */
    AGREEMENT,
    /** Says no to what it answers, or objects. */
    REFUSAL,
    /** Postpones or muses: never settles anything. */
    DEFERRAL,
    /** Reports where things stand or that something is done; nothing to decide. */
    STATUS,
    /** The speaker takes something on. */
    COMMITMENT,
    /** Puts something forward for the group to take. */
    PROPOSAL,
    STATEMENT
  }

  /** Messages back within which a reply is looked for its mentioned or shared-word partner. */
  private static final int REACH = 3;
  private static final Pattern MENTION = Pattern.compile("<@([UW][A-Z0-9]+)(?:\\|[^>]*)?>");

  private final PreparedConversation conversation;
  private final int[] respondsTo;
  private final Act[] acts;

  ConversationModel(PreparedConversation conversation) {
    this.conversation = conversation;
    int n = conversation.messages().size();
    this.respondsTo = new int[n];
    this.acts = new Act[n];
    for (int i = 0; i < n; i++) {
      acts[i] = read(i);
      respondsTo[i] = partner(i);
    }
  }

  /** The message this one answers, or -1 when it starts something (or nobody spoke before). */
  int respondsTo(int messageIndex) {
    return respondsTo[messageIndex];
  }

  Act act(int messageIndex) {
    return acts[messageIndex];
  }

  /**
   * The first reply to a message from someone other than its author within {@code limit}
   * messages, if it answers that message; -1 otherwise.
   */
  int firstReply(int messageIndex, int limit) {
    int i = conversation.firstOtherVoice(messageIndex, limit);
    return i >= 0 && respondsTo[i] == messageIndex ? i : -1;
  }

  /** Whether a message names another participant than its speaker (by mention). */
  boolean mentionsSomeoneElse(int messageIndex) {
    Message m = conversation.messages().get(messageIndex);
    Matcher mention = MENTION.matcher(m.text());
    while (mention.find()) {
      if (!mention.group(1).equals(m.user())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Who a reply answers: a message of the person it mentions; else the nearest recent message of
   * someone else sharing a content word with it; else the nearest message of someone else just
   * before it.
   */
  private int partner(int i) {
    Message m = conversation.messages().get(i);
    if (m.user() == null) {
      return -1;
    }
    List<Integer> before = conversation.preceding(i, REACH);
    Matcher mention = MENTION.matcher(m.text());
    while (mention.find()) {
      for (int j : before) {
        if (mention.group(1).equals(conversation.messages().get(j).user())
            && !mention.group(1).equals(m.user())) {
          return j;
        }
      }
    }
    Set<String> own = terms(i);
    int adjacent = -1;
    for (int j : before) {
      String user = conversation.messages().get(j).user();
      if (user == null || user.equals(m.user())) {
        continue;
      }
      if (adjacent < 0) {
        adjacent = j;
      }
      if (acts[i] == Act.AGREEMENT) {
        break; // "fine by me" answers what was just said, whatever word it shares further back
      }
      if (terms(j).stream().anyMatch(own::contains)) {
        // The nearest other speaker answered unless a shared word points further back: a short
        // reply shares nothing and answers what was just said.
        return j;
      }
    }
    return adjacent;
  }

  private Set<String> terms(int messageIndex) {
    Set<String> terms = new HashSet<>();
    conversation.sentencesOf(messageIndex).forEach(s -> terms.addAll(s.terms()));
    return terms;
  }

  /**
   * "claire do you want me to email the residence?", "Lena, soll ich das übernehmen?", "Hugo, tu
   * veux que je le fasse ?": the question after the one it is put to, named first; the text
   * unchanged when it opens with no participant's name or mention.
   */
  static String afterVocative(PreparedConversation c, String text) {
    Matcher named = VOCATIVE.matcher(text);
    if (!named.lookingAt()) {
      return text;
    }
    String name = named.group(1);
    return c.userCalled(name) != null ? text.substring(named.end()) : text;
  }

  /** A name or a mention opening a sentence, before what is said to them. */
  private static final Pattern VOCATIVE =
      Pattern.compile("^\\W*(<@[UW][A-Z0-9]+(?:\\|[^>]*)?>|\\p{L}[\\p{L}.'-]*)\\s*[,:]?\\s+");

  private Act read(int i) {
    Cues cues = conversation.cues();
    ReplyWords words = ReplyWords.of(cues);
    String raw = conversation.messages().get(i).text();
    String plain = conversation.plainText(i);
    List<Sentence> said = conversation.sentencesOf(i);
    if (cues.isDeferral(plain)) {
      return Act.DEFERRAL;
    }
    if (!plain.isBlank() && (RegexPrefilter.find(words.no(), plain)
        || RegexPrefilter.find(cues.dissent(), plain))) {
      return Act.REFUSAL;
    }
    List<Sentence> questions = new ArrayList<>();
    said.stream().filter(Sentence::isQuestion).forEach(questions::add);
    // "De acuerdo. ¿Quién se encarga?": agreeing, then asking who does it; the asking is what
    // the replies answer.
    if (questions.stream().anyMatch(q -> RegexPrefilter.find(words.whoTakes(), q.text()))) {
      return Act.WHO_QUESTION;
    }
    if (questions.stream().anyMatch(q -> RegexPrefilter.find(words.offer(), q.text())
        || RegexPrefilter.find(words.offer(), afterVocative(conversation, q.text())))) {
      return Act.OFFER;
    }
    // "ok go for the hotfix. how long?": agreeing, then asking on.
    if (Agreement.isAgreement(cues, raw, plain)) {
      return Act.AGREEMENT;
    }
    if (!questions.isEmpty()) {
      return Act.QUESTION;
    }
    if (RegexPrefilter.find(words.status(), plain) || RegexPrefilter.find(cues.done(), plain)) {
      return Act.STATUS;
    }
    if (RegexPrefilter.find(cues.commitment(), plain)) {
      return Act.COMMITMENT;
    }
    if (RegexPrefilter.find(cues.proposal(), plain)) {
      return Act.PROPOSAL;
    }
    return Act.STATEMENT;
  }
}
