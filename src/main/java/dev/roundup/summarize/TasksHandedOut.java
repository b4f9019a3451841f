package dev.roundup.summarize;

import dev.roundup.slack.SlackText;
import dev.roundup.summarize.ActionCandidate.Kind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tasks handed out as a list in one message, each person named before what is theirs: "owners:
 * <@ben> offline bugs fixed by oct 11, <@carmen> regression plan by friday, <@yuki> tell
 * marketing the date", "Aufgaben: <@jan> Angebot einholen, <@ute> Termin klären", "<@léa> le QG
 * de la liste, <@tom> le live", "<@ana> el presupuesto; <@luis> las fotos", "<@kenji> 見積もり、<@aya>
 * 日程調整". Each named person owns what follows their name, up to the next name, with its own due
 * date; a commitment of the speaker's after the last one ("…, <@yuki> tell marketing. ill do the
 * release notes" or "…, i'll do the agenda") is left to the rules for commitments. Or each item of
 * the list on its own line, its owner in brackets at its end ("1. January: port the backend repos
 * (<@olu>)", "2. February: frontend + mobile (<@wen>)").
 *
 * <p>A list needs two people or more, each with words of their own after the name: "thanks
 * <@ana>, <@luis>", "cc <@ana>, <@luis>" and "<@ana> <@luis> can you review" hand nothing out; nor
 * does a question ("<@ana> the budget, <@luis> the photos?") or a story of who did what ("<@ana>
 * fixed the build, <@luis> deployed it" — said in the past, see {@link Cues#done}).
 */
final class TasksHandedOut {

  /** A name opening an item of the list: at the start, after a label, or after a separator. */
  private static final Pattern NAMED = Pattern.compile(
      "(?:^|[,;、，；:]\\s*|\\s(?:and|und|et|y|e)\\s+)" + SlackText.USER.pattern());
  /**
   * The bracket that closes an item on its own line with its owner: "port the backend repos
   * (<@olu>)". Matched from the last opening bracket only, so a long line without one costs one
   * pass, not one per character.
   */
  private static final Pattern OWNER_BRACKET = Pattern.compile(
      "[(（]\\s*" + SlackText.USER.pattern() + "\\s*[)）]\\W*");
  private static final Pattern HAS_LETTER = Pattern.compile("\\p{L}");
  /**
   * "Roles: <@dee> coxswain, <@rory> safety boat", "Rollen: …", "Rôles : …", "Puestos: …",
   * "Papéis: …", "役割：…": who holds which post, a list of roles, not of tasks; what each one does
   * in the post is said, and taken on, in other words.
   */
  private static final Pattern ROLES = Pattern.compile("(?iu)^\\W*(?:the\\s+|die\\s+|les\\s+|los\\s+"
      + "|os\\s+)?(?:roles?|positions|posts|rollen|posten|rôles|postes|roles|puestos|papéis|funções|役割|配置)"
      + "(?:\\s+(?:for|für|pour|para|del|do|da)\\s+[^:：]{1,30})?\\s*[:：—–-]?\\s*$");

  /**
   * "i'm IC, <@felix> comms, <@wen> mitigation", "ich bin Einsatzleitung, <@jan> Kommunikation,
   * …", "je suis IC, <@léa> com, …", "yo soy IC, <@ana> comunicación, …", "eu sou IC, <@rui>
   * comunicação, …", "私が指揮、<@aya>連絡、…": the speaker names their own post first, and the list
   * after it gives each of the others a post of a word or two, roles said in an incident, not
   * tasks. Not "i'm off tomorrow, <@ana> finish the deploy by noon, …", work handed out.
   */
  private static final Pattern OWN_POST = Pattern.compile("(?iu)^\\W*(?:(?:i'?m|i\\s+am|ich\\s+bin"
      + "|je\\s+suis|(?:yo\\s+)?soy|(?:eu\\s+)?sou)\\s+(?:the\\s+|der\\s+|die\\s+|le\\s+|la\\s+|el\\s+|o\\s+|a\\s+)?"
      + "[\\p{L}-]{1,25}(?:\\s+[\\p{L}-]{1,25})?|(?:私|僕|自分)が[^、。,]{1,12}?(?:です|で)?)\\s*[,;:、—–-]?\\s*$");

  /** Words a post is named in ("comms", "safety boat"): a role, not a task worded with a deed. */
  private static final int POST_WORDS = 2;

  /** Where the speaker's own task starts after the last item: a separator, then a commitment. */
  private static final Pattern SEPARATOR = Pattern.compile("[,;、，；]\\s*");

  private TasksHandedOut() {}

  /** The tasks the sentence hands out, one per person; empty when it is no such list. */
  static List<ActionCandidate> tasks(PreparedConversation c, Sentence s) {
    if (s.isQuestion()) {
      return List.of();
    }
    List<ActionCandidate> named = namedFirst(c, s);
    return named.isEmpty() ? bracketedOwner(c, s) : named;
  }

  private static List<ActionCandidate> namedFirst(PreparedConversation c, Sentence s) {
    String text = s.text();
    Matcher m = NAMED.matcher(text);
    List<int[]> spans = new ArrayList<>();
    List<String> owners = new ArrayList<>();
    while (m.find()) {
      spans.add(new int[] {m.start(), m.end()});
      owners.add(m.group(1));
    }
    if (owners.size() < 2 || new HashSet<>(owners).size() < owners.size()
        || owners.contains(s.user())) {
      return List.of();
    }
    // What comes before the first person named: a heading ("Roles:") or the speaker's own post.
    String lead = text.substring(0, spans.get(0)[0]);
    if (RegexPrefilter.find(ROLES, lead)) {
      return List.of();
    }
    List<ActionCandidate> out = new ArrayList<>();
    boolean posts = RegexPrefilter.find(OWN_POST, lead);
    for (int i = 0; i < spans.size(); i++) {
      int end = i + 1 < spans.size() ? spans.get(i + 1)[0] : text.length();
      String part = ownPart(c, text.substring(spans.get(i)[1], end));
      if (Terms.content(part).isEmpty() || RegexPrefilter.find(c.cues().done(), part)) {
        return List.of();
      }
      posts &= Terms.words(part).size() <= POST_WORDS;
      out.add(candidate(c, s, owners.get(i), part));
    }
    return posts ? List.of() : out;
  }

  /** The item up to where the speaker's own commitment starts, without its trailing stops. */
  private static String ownPart(PreparedConversation c, String part) {
    Optional<MatchResult> own = speakersCommitment(c, part, 0);
    String item = own.isPresent() ? part.substring(0, own.get().start()) : part;
    return item.replaceAll("[\\s,;、，；.。]+$", "").strip();
  }

  /**
   * The separator after which the speaker's own commitment starts ("…, i'll do the agenda"),
   * looked for from {@code from} on; empty when there is none.
   */
  private static Optional<MatchResult> speakersCommitment(PreparedConversation c, String text,
      int from) {
    Matcher sep = SEPARATOR.matcher(text);
    sep.region(from, text.length());
    while (sep.find()) {
      if (c.cues().commitment().matcher(text.substring(sep.end())).lookingAt()) {
        return Optional.of(sep.toMatchResult());
      }
    }
    return Optional.empty();
  }

  /**
   * The speaker's own commitment after the last item of the list ("…, <@ola> flights, i'll do the
   * agenda"), as a sentence of its own for the rules for commitments; empty when there is none.
   */
  static Optional<Sentence> speakersOwn(PreparedConversation c, Sentence s) {
    String text = s.text();
    Matcher m = NAMED.matcher(text);
    int last = -1;
    while (m.find()) {
      last = m.end();
    }
    if (last < 0) {
      return Optional.empty();
    }
    return speakersCommitment(c, text, last).map(sep -> {
      String own = text.substring(sep.end());
      return new Sentence(s.index(), s.messageIndex(), s.message(), own, Terms.content(own),
          false, false);
    });
  }

  /** An item and the person in brackets that closes it. */
  private record Bracketed(String item, String owner) {}

  private static Optional<Bracketed> ownerInBrackets(String text) {
    int open = Math.max(text.lastIndexOf('('), text.lastIndexOf('（'));
    if (open < 0) {
      return Optional.empty();
    }
    Matcher tail = OWNER_BRACKET.matcher(text).region(open, text.length());
    String item = text.substring(0, open).stripTrailing();
    return tail.matches() && RegexPrefilter.find(HAS_LETTER, item)
        ? Optional.of(new Bracketed(item, tail.group(1))) : Optional.empty();
  }

  private static List<ActionCandidate> bracketedOwner(PreparedConversation c, Sentence s) {
    Optional<Bracketed> m = ownerInBrackets(s.text());
    if (m.isEmpty() || m.get().owner().equals(s.user())) {
      return List.of();
    }
    // The list is the message's: two lines or more end with a person in brackets.
    Set<String> owners = new HashSet<>();
    for (Sentence t : c.sentencesOf(s.messageIndex())) {
      ownerInBrackets(t.text()).ifPresent(o -> owners.add(o.owner()));
    }
    String part = m.get().item().replaceFirst("^\\W*\\d+[.)]\\s*", "").strip();
    if (owners.size() < 2 || Terms.content(part).isEmpty() || RegexPrefilter.find(c.cues().done(), part)) {
      return List.of();
    }
    return List.of(candidate(c, s, m.get().owner(), part));
  }

  private static ActionCandidate candidate(PreparedConversation c, Sentence s, String owner,
      String part) {
    return new ActionCandidate(new ActionItem(owner, TaskWording.phrase(c, part),
        DueDates.find(part).orElse(null), List.of(s.ts())), Kind.REQUEST, s);
  }
}
