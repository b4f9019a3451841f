package dev.roundup.summarize;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cheap test run before a cue's regular expression, worked out from the expression itself: the
 * pieces of text of which every match must contain one ("\\bnot\\s+deciding\\b|\\bpunt\\b" needs
 * "not" or "punt"). Most sentences contain none of a cue's words, and looking for a few strings is
 * far cheaper than trying a case-insensitive pattern with dozens of alternatives at every position
 * of the sentence; on long channels this is most of the summarizer's time.
 *
 * <p>The pieces are read conservatively: whatever the reader does not understand (a character
 * class, a back-reference, an optional part, a lookaround) counts as "any text", so a pattern
 * whose every match need not contain some fixed text gets no prefilter and always runs. Case is
 * folded on both sides (upper then lower case, character by character, the way Java's
 * case-insensitive matching compares characters), so the test also holds for case-sensitive
 * patterns and for parts marked {@code (?i:…)}. Because the test is derived rather than kept by
 * hand, a cue can gain alternatives without anyone keeping a word list in step.
 */
final class RegexPrefilter {

  /** At most this many strings are tracked as a part's exact texts (beyond, only what it needs). */
  private static final int MAX_EXACT = 24;

  /** More pieces than this cost about as much to look for as the pattern itself. */
  private static final int MAX_PIECES = 400;

  /** Inline flags that apply to what follows them: "(?i)", "(?-u)". */
  private static final Pattern FLAGS_ONLY = Pattern.compile("\\(\\?[a-zA-Z-]+\\)");

  private static final Pattern LEADING_FLAGS = Pattern.compile("^(?:\\(\\?[a-zA-Z-]+\\))*");

  private static final Map<Pattern, RegexPrefilter> BY_PATTERN = new ConcurrentHashMap<>();

  /** How many prefilters were made: each has its number, under which a text keeps its answer. */
  private static final AtomicInteger MADE = new AtomicInteger();

  /**
   * The pattern's alternatives, each with its own pieces: a text that contains "later" need not
   * be tried against the alternatives about "tbd" or "hypothetically".
   */
  private final List<Branch> branches;

  /** This pattern's number, for {@link FoldedText#found}. */
  private final int number = MADE.getAndIncrement();

  private RegexPrefilter(List<Branch> branches) {
    this.branches = branches;
  }

  /**
   * One alternative of the pattern (or the whole pattern) and the folded pieces one of which each
   * of its matches contains; no pieces when there is no such set.
   */
  private static final class Branch {
    private final String regex;
    private final int flags;
    private final List<String> pieces;
    private final int[][] pairBits;
    /** Compiled when a text first gets past the pieces: many alternatives never are. */
    private volatile Pattern pattern;

    Branch(String regex, int flags, List<String> pieces) {
      this.regex = regex;
      this.flags = flags;
      this.pieces = pieces;
      this.pairBits = pieces.stream().map(FoldedText::pairBits).toArray(int[][]::new);
    }

    Branch(Pattern whole, List<String> pieces) {
      this(whole.pattern(), whole.flags(), pieces);
      this.pattern = whole;
    }

    Pattern pattern() {
      Pattern compiled = pattern;
      if (compiled == null) {
        compiled = Pattern.compile(regex, flags);
        pattern = compiled;
      }
      return compiled;
    }

    boolean mayMatch(FoldedText text) {
      if (pieces.isEmpty()) {
        return true;
      }
      for (int i = 0; i < pairBits.length; i++) {
        if (text.contains(pieces.get(i), pairBits[i])) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * Whether {@code pattern} finds a match in {@code text}: the same answer as {@code
   * pattern.matcher(text).find()}, trying only the alternatives whose pieces the text contains,
   * and only the first time it is asked of the text while the text's folded form is kept ({@link
   * FoldedText#of}).
   */
  static boolean find(Pattern pattern, String text) {
    RegexPrefilter filter = of(pattern);
    FoldedText folded = FoldedText.of(text);
    int known = folded.found(filter.number);
    if (known >= 0) {
      return known == 1;
    }
    boolean found = filter.find(text, folded);
    folded.remember(filter.number, found);
    return found;
  }

  /**
   * A matcher of {@code pattern} on {@code text} standing at its first match, or null when there
   * is none: {@link #find} answers first, so a matcher is made only for the few texts that match,
   * by the rules that need to know where.
   */
  static Matcher firstMatch(Pattern pattern, String text) {
    if (!find(pattern, text)) {
      return null;
    }
    Matcher matcher = pattern.matcher(text);
    return matcher.find() ? matcher : null;
  }

  private boolean find(String text, FoldedText folded) {
    for (Branch branch : branches) {
      if (branch.mayMatch(folded) && branch.pattern().matcher(text).find()) {
        return true;
      }
    }
    return false;
  }

  /** The prefilter of a pattern, worked out once per pattern. */
  static RegexPrefilter of(Pattern pattern) {
    // Asked on every find: a plain read never locks, where computeIfAbsent may lock the bin.
    RegexPrefilter known = BY_PATTERN.get(pattern);
    return known != null ? known : BY_PATTERN.computeIfAbsent(pattern, RegexPrefilter::derive);
  }

  /**
   * The folded pieces one of which every match contains: those of all alternatives; empty when
   * some alternative needs no fixed text.
   */
  List<String> pieces() {
    List<String> all = new ArrayList<>();
    for (Branch branch : branches) {
      if (branch.pieces.isEmpty()) {
        return List.of();
      }
      all.addAll(branch.pieces);
    }
    return all;
  }

  /** False only when no match is possible: the text contains no alternative's pieces. */
  boolean mayMatch(String text) {
    FoldedText folded = FoldedText.of(text);
    for (Branch branch : branches) {
      if (branch.mayMatch(folded)) {
        return true;
      }
    }
    return false;
  }

  private static RegexPrefilter derive(Pattern pattern) {
    if ((pattern.flags() & (Pattern.COMMENTS | Pattern.LITERAL | Pattern.CANON_EQ)) != 0) {
      return new RegexPrefilter(List.of(new Branch(pattern, List.of())));
    }
    String regex = pattern.pattern();
    Matcher flags = LEADING_FLAGS.matcher(regex);
    flags.find();
    String lead = flags.group();
    try {
      List<Alternative> alternatives = new Reader(regex.substring(lead.length())).topLevel();
      if (alternatives.size() == 1 && new Reader(alternatives.get(0).text()).isOneGroup()) {
        String group = alternatives.get(0).text();
        alternatives = new Reader(group.substring(3, group.length() - 1)).topLevel();
      }
      // Flags set midway would reach the alternatives after them: such a pattern stays whole.
      if (alternatives.size() > 1
          && alternatives.stream().noneMatch(a -> FLAGS_ONLY.matcher(a.text()).find())) {
        return new RegexPrefilter(alternatives.stream()
            .map(a -> new Branch(lead + "(?:" + a.text() + ")", pattern.flags(), piecesOf(a.part())))
            .toList());
      }
      Part whole = Part.either(alternatives.stream().map(Alternative::part).toList());
      return new RegexPrefilter(List.of(new Branch(pattern, piecesOf(whole))));
    } catch (Unreadable e) {
      return new RegexPrefilter(List.of(new Branch(pattern, List.of())));
    }
  }

  /** One top-level alternative of a pattern as written, and what is known of its matches. */
  private record Alternative(String text, Part part) {}

  private static List<String> piecesOf(Part part) {
    Set<String> needed = part.best();
    if (needed == null || needed.size() > MAX_PIECES
        || needed.stream().anyMatch(RegexPrefilter::tooCommon)) {
      return List.of();
    }
    return List.copyOf(needed);
  }

  /**
   * Whether a piece is found in nearly every text, so the filter would pass nearly everything:
   * nothing at all, or one Latin letter, digit or mark. One CJK character or emoji ("案", "✅")
   * is rare enough to be worth the look.
   */
  private static boolean tooCommon(String piece) {
    return piece.isEmpty() || piece.length() == 1 && piece.charAt(0) < 0x0250;
  }

  /**
   * What is known of the texts a part of the pattern matches, each set null when unknown: all of
   * them exactly, when they are few ({@code exact}); how each begins ({@code prefix}) and ends
   * ({@code suffix}); and pieces one of which each contains ({@code needed}). Prefixes and
   * suffixes let literal text be joined across an unknown part: "\\w+'s call" ends in "'s" and
   * "\\s+later" in "later".
   */
  private record Part(Set<String> exact, Set<String> prefix, Set<String> suffix,
      Set<String> needed) {

    static final Part ANY = new Part(null, null, null, null);
    static final Part EMPTY = new Part(Set.of(""), Set.of(""), Set.of(""), null);

    static Part literal(char c) {
      if (Character.isSurrogate(c)) {
        return ANY; // half of a code point: Java folds the whole code point's case
      }
      return text(String.valueOf(FoldedText.fold(c)));
    }

    /** Plain text, already folded. */
    static Part text(String folded) {
      Set<String> one = Set.of(folded);
      return new Part(one, one, one, null);
    }

    /** A character beyond the BMP (an emoji): literal when it has no case to fold. */
    static Part codePoint(int codePoint) {
      if (Character.toUpperCase(codePoint) != codePoint
          || Character.toLowerCase(codePoint) != codePoint) {
        return ANY;
      }
      return text(new String(Character.toChars(codePoint)));
    }

    /** The most useful of the sets each match is known to contain one of. */
    Set<String> best() {
      return better(better(exact, needed), better(prefix, suffix));
    }

    Part then(Part next) {
      Set<String> joined = cross(exact, next.exact);
      Set<String> starts = exact == null ? prefix : or(cross(exact, next.prefix), exact);
      Set<String> ends = next.exact == null ? next.suffix : or(cross(suffix, next.exact), next.exact);
      Set<String> across = cross(suffix, next.prefix);
      return new Part(joined, starts, ends, better(better(best(), next.best()), across));
    }

    static Part either(List<Part> branches) {
      return new Part(union(branches, Part::exact), union(branches, Part::prefix),
          union(branches, Part::suffix), union(branches, Part::best));
    }

    Part optional() {
      if (exact != null && exact.size() < MAX_EXACT) {
        Set<String> withEmpty = new LinkedHashSet<>(exact);
        withEmpty.add("");
        return new Part(withEmpty, withEmpty, withEmpty, null);
      }
      return ANY;
    }

    /** Repeated at least once: it begins as the first repetition and ends as the last. */
    Part repeated() {
      return new Part(null, prefix, suffix, best());
    }

    private static Set<String> cross(Set<String> left, Set<String> right) {
      if (left == null || right == null || left.size() * right.size() > MAX_EXACT) {
        return null;
      }
      Set<String> joined = new LinkedHashSet<>();
      for (String a : left) {
        for (String b : right) {
          joined.add(a + b);
        }
      }
      return joined;
    }

    private static Set<String> or(Set<String> preferred, Set<String> fallback) {
      return preferred != null ? preferred : fallback;
    }

    private static Set<String> union(List<Part> branches,
        java.util.function.Function<Part, Set<String>> of) {
      Set<String> all = new LinkedHashSet<>();
      for (Part branch : branches) {
        Set<String> its = of.apply(branch);
        if (its == null) {
          return null;
        }
        all.addAll(its);
      }
      return all;
    }

    /**
     * The set more useful as a filter: the one whose shortest piece is longest (a set with the
     * empty string needs nothing); on a tie, the smaller set.
     */
    private static Set<String> better(Set<String> a, Set<String> b) {
      int shortestA = shortest(a);
      int shortestB = shortest(b);
      if (shortestA != shortestB) {
        return shortestA > shortestB ? a : b;
      }
      if (a == null) {
        return b;
      }
      return b == null || a.size() <= b.size() ? a : b;
    }

    private static int shortest(Set<String> pieces) {
      if (pieces == null) {
        return 0;
      }
      int shortest = Integer.MAX_VALUE;
      for (String piece : pieces) {
        shortest = Math.min(shortest, piece.length());
      }
      return pieces.isEmpty() ? 0 : shortest;
    }
  }

  /** Thrown where the reader meets syntax it does not know: no prefilter is made. */
  private static final class Unreadable extends RuntimeException {
    Unreadable() {
      super(null, null, false, false);
    }
  }

  /** Characters that are not themselves in a pattern. */
  private static final String SPECIAL = "()[]{}\\.^$|*+?";

  private static final String QUANTIFIERS = "?*+{";

  /** A recursive-descent reader of the subset of the pattern syntax cues use. */
  private static final class Reader {
    private final String regex;
    private int at;

    Reader(String regex) {
      this.regex = regex;
    }

    /** The pattern's top-level alternatives as written, each with what is known of it. */
    List<Alternative> topLevel() {
      List<Alternative> alternatives = alternatives();
      if (at != regex.length()) {
        throw new Unreadable();
      }
      return alternatives;
    }

    /**
     * Whether the whole text is one non-capturing group, "(?:" to its closing parenthesis: then
     * its alternatives are the pattern's.
     */
    boolean isOneGroup() {
      if (!regex.startsWith("(?:")) {
        return false;
      }
      int depth = 0;
      while (at < regex.length()) {
        char c = regex.charAt(at);
        if (c == '\\') {
          at += 2;
        } else if (c == '[') {
          skipClass();
        } else {
          at++;
          if (c == '(') {
            depth++;
          } else if (c == ')' && --depth == 0) {
            return at == regex.length();
          }
        }
      }
      return false;
    }

    /** The alternatives from here to the end of the enclosing group, as written. */
    private List<Alternative> alternatives() {
      List<Alternative> alternatives = new ArrayList<>();
      while (true) {
        int from = at;
        Part part = sequence();
        alternatives.add(new Alternative(regex.substring(from, at), part));
        if (at >= regex.length() || regex.charAt(at) != '|') {
          return alternatives;
        }
        at++;
      }
    }

    private Part alternation() {
      List<Alternative> alternatives = alternatives();
      return alternatives.size() == 1 ? alternatives.get(0).part()
          : Part.either(alternatives.stream().map(Alternative::part).toList());
    }

    private Part sequence() {
      Part part = Part.EMPTY;
      while (at < regex.length() && regex.charAt(at) != '|' && regex.charAt(at) != ')') {
        part = part.then(quantified(atom()));
      }
      return part;
    }

    private Part quantified(Part atom) {
      if (at >= regex.length()) {
        return atom;
      }
      char c = regex.charAt(at);
      int min;
      int max;
      if (c == '?' || c == '*' || c == '+') {
        at++;
        min = c == '+' ? 1 : 0;
        max = c == '?' ? 1 : Integer.MAX_VALUE;
      } else if (c == '{' && at + 1 < regex.length() && Character.isDigit(regex.charAt(at + 1))) {
        int close = regex.indexOf('}', at);
        if (close < 0) {
          throw new Unreadable();
        }
        String[] bounds = regex.substring(at + 1, close).split(",", -1);
        try {
          min = Integer.parseInt(bounds[0].trim());
          max = bounds.length == 1 ? min
              : bounds[1].isBlank() ? Integer.MAX_VALUE : Integer.parseInt(bounds[1].trim());
        } catch (NumberFormatException e) {
          throw new Unreadable();
        }
        at = close + 1;
      } else {
        return atom;
      }
      if (at < regex.length() && (regex.charAt(at) == '?' || regex.charAt(at) == '+')) {
        at++; // lazy or possessive: the same texts
      }
      if (min == 0) {
        return max == 1 ? atom.optional() : Part.ANY;
      }
      return min == 1 && max == 1 ? atom : atom.repeated();
    }

    private Part atom() {
      char c = regex.charAt(at);
      switch (c) {
        case '(':
          return group();
        case '[':
          skipClass();
          return Part.ANY;
        case '\\':
          return escape();
        case '.':
          at++;
          return Part.ANY;
        case '^':
        case '$':
          at++;
          return Part.EMPTY;
        case '*':
        case '+':
        case '?':
        case '{':
          throw new Unreadable(); // a quantifier with nothing before it
        default:
          if (Character.isHighSurrogate(c) && at + 1 < regex.length()
              && Character.isLowSurrogate(regex.charAt(at + 1))) {
            int codePoint = regex.codePointAt(at);
            at += 2;
            return Part.codePoint(codePoint);
          }
          return literalRun();
      }
    }

    /**
     * Plain characters up to the next special one, as one part ("deciding" rather than eight);
     * a character a quantifier follows is left to stand alone.
     */
    private Part literalRun() {
      StringBuilder run = new StringBuilder();
      while (at < regex.length()) {
        char c = regex.charAt(at);
        if (SPECIAL.indexOf(c) >= 0 || Character.isSurrogate(c)
            || !run.isEmpty() && at + 1 < regex.length()
                && QUANTIFIERS.indexOf(regex.charAt(at + 1)) >= 0) {
          break;
        }
        run.append(FoldedText.fold(c));
        at++;
        if (at < regex.length() && QUANTIFIERS.indexOf(regex.charAt(at)) >= 0) {
          break; // this one character is quantified
        }
      }
      if (run.isEmpty()) {
        at++;
        return Part.literal(regex.charAt(at - 1));
      }
      return Part.text(run.toString());
    }

    private Part group() {
      at++; // (
      boolean zeroWidth = false;
      if (regex.startsWith("?", at)) {
        if (regex.startsWith("?:", at) || regex.startsWith("?>", at)) {
          at += 2;
        } else if (regex.startsWith("?=", at) || regex.startsWith("?!", at)) {
          at += 2;
          zeroWidth = true;
        } else if (regex.startsWith("?<=", at) || regex.startsWith("?<!", at)) {
          at += 3;
          zeroWidth = true;
        } else if (regex.startsWith("?<", at)) {
          int close = regex.indexOf('>', at);
          if (close < 0) {
            throw new Unreadable();
          }
          at = close + 1; // a named group
        } else {
          int end = at + 1;
          while (end < regex.length() && "idmsuxU-".indexOf(regex.charAt(end)) >= 0) {
            end++;
          }
          String flags = regex.substring(at + 1, end);
          if (end >= regex.length() || flags.contains("x")) {
            throw new Unreadable(); // comments mode: whitespace in the pattern means nothing
          }
          at = end + 1;
          if (regex.charAt(end) == ')') {
            return Part.EMPTY; // flags for what follows; case is folded either way
          }
          if (regex.charAt(end) != ':') {
            throw new Unreadable();
          }
        }
      }
      Part inner = alternation();
      if (at >= regex.length() || regex.charAt(at) != ')') {
        throw new Unreadable();
      }
      at++;
      return zeroWidth ? Part.EMPTY : inner;
    }

    private void skipClass() {
      at++; // [
      if (at < regex.length() && regex.charAt(at) == '^') {
        at++;
      }
      if (at < regex.length() && regex.charAt(at) == ']') {
        at++; // a leading ] is a literal
      }
      while (at < regex.length()) {
        char c = regex.charAt(at);
        if (c == '\\') {
          at += 2;
        } else if (c == '[') {
          skipClass();
        } else if (c == ']') {
          at++;
          return;
        } else {
          at++;
        }
      }
      throw new Unreadable();
    }

    private Part escape() {
      if (at + 1 >= regex.length()) {
        throw new Unreadable();
      }
      char c = regex.charAt(at + 1);
      at += 2;
      switch (c) {
        case 'b': case 'B': case 'A': case 'z': case 'Z': case 'G':
          return Part.EMPTY;
        case 's': case 'S': case 'w': case 'W': case 'd': case 'D': case 'h': case 'H':
        case 'v': case 'V': case 'R': case 'X':
          return Part.ANY;
        case 'p': case 'P':
          if (at < regex.length() && regex.charAt(at) == '{') {
            int close = regex.indexOf('}', at);
            if (close < 0) {
              throw new Unreadable();
            }
            at = close + 1;
          } else {
            at++;
          }
          return Part.ANY;
        case 't':
          return Part.literal('\t');
        case 'n':
          return Part.literal('\n');
        case 'r':
          return Part.literal('\r');
        case 'f':
          return Part.literal('\f');
        case 'u':
          if (at + 4 > regex.length()) {
            throw new Unreadable();
          }
          try {
            char code = (char) Integer.parseInt(regex.substring(at, at + 4), 16);
            at += 4;
            return Part.literal(code);
          } catch (NumberFormatException e) {
            throw new Unreadable();
          }
        case 'Q': {
          int end = regex.indexOf("\\E", at);
          String quoted = end < 0 ? regex.substring(at) : regex.substring(at, end);
          at = end < 0 ? regex.length() : end + 2;
          Part part = Part.EMPTY;
          for (char q : quoted.toCharArray()) {
            part = part.then(Part.literal(q));
          }
          return part;
        }
        default:
          if (Character.isLetterOrDigit(c)) {
            throw new Unreadable(); // back-references, \x, \c, \k, \N…: not needed by the cues
          }
          return Part.literal(c); // an escaped punctuation mark stands for itself
      }
    }
  }
}
