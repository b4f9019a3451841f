package dev.roundup.summarize;

import java.lang.ref.WeakReference;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * A text case-folded once for {@link RegexPrefilter}, with the pairs of adjacent characters it
 * holds kept as bits: a piece one of whose pairs the text lacks cannot be in it, and testing a few
 * bits is far cheaper than looking for the piece (a cue may have hundreds of pieces). It also
 * remembers which cues were found in the text and which were not ({@link #found}), so a cue is
 * tried on a text once however often it is asked.
 */
final class FoldedText {

  private static final long[] NONE = {};

  /** Bits for character pairs: few enough to clear cheaply, enough that a sentence sets ~10%. */
  private static final int PAIR_BITS = 1 << 10;

  /**
   * The texts folded last on this thread: one sentence is checked against many cues in a row,
   * and a rule reads a message and its sentences by turns.
   */
  private static final int CACHED = 8;

  private static final ThreadLocal<Cache> CACHE = ThreadLocal.withInitial(Cache::new);

  /**
   * The texts of the conversation prepared last on this thread ({@link #keep}), while it is kept.
   * Held weakly: the conversation holds them, and they go with it.
   */
  private static final ThreadLocal<WeakReference<Kept>> KEPT = new ThreadLocal<>();

  private final String folded;
  private final long[] pairs = new long[PAIR_BITS / 64];
  /** By {@link RegexPrefilter} number: the cues tried on this text, and those found in it. */
  private long[] tried = NONE;
  private long[] found = NONE;

  private FoldedText(String text) {
    char[] chars = new char[text.length()];
    for (int i = 0; i < chars.length; i++) {
      chars[i] = fold(text.charAt(i));
      if (i > 0) {
        int bit = pairBit(chars[i - 1], chars[i]);
        pairs[bit >>> 6] |= 1L << bit;
      }
    }
    this.folded = new String(chars);
  }

  /**
   * The folded form of a text, worked out once while it is among the last few on this thread, or
   * once for the conversation when it is one of the texts kept for it ({@link #keep}).
   */
  static FoldedText of(String text) {
    Cache cache = CACHE.get();
    FoldedText recent = cache.recent(text);
    if (recent != null) {
      return recent;
    }
    WeakReference<Kept> kept = KEPT.get();
    Kept texts = kept == null ? null : kept.get();
    FoldedText known = texts == null ? null : texts.get(text);
    return known != null ? known : cache.add(text);
  }

  /**
   * Keeps the folded form of each of a conversation's texts (its messages as written and freed of
   * markup, its sentences), and what the cues found in them, for as long as the conversation holds
   * what this returns, until another conversation is prepared on this thread. The rules ask the
   * same cue of the same text many times, each from its own walk over the whole conversation (on
   * a synthetic channel, whether a text puts something off is asked four times a text): too far
   * apart for the last few texts folded to still hold it.
   */
  static Kept keep(Iterable<String> texts) {
    Kept kept = new Kept(texts);
    KEPT.set(new WeakReference<>(kept));
    return kept;
  }

  /**
   * Whether the cue numbered {@code cue} ({@link RegexPrefilter}) was found in this text: 1 if it
   * was, 0 if it was not, -1 if it was not tried yet.
   */
  int found(int cue) {
    int word = cue >>> 6;
    if (word >= tried.length || (tried[word] & 1L << cue) == 0) {
      return -1;
    }
    return (found[word] & 1L << cue) != 0 ? 1 : 0;
  }

  /** Remembers whether the cue numbered {@code cue} was found in this text. */
  void remember(int cue, boolean isFound) {
    int word = cue >>> 6;
    if (word >= tried.length) {
      tried = Arrays.copyOf(tried, word + 1);
      found = Arrays.copyOf(found, word + 1);
    }
    tried[word] |= 1L << cue;
    if (isFound) {
      found[word] |= 1L << cue;
    }
  }

  /** Case folded as Java's case-insensitive matching compares characters: upper, then lower. */
  static char fold(char c) {
    return Character.toLowerCase(Character.toUpperCase(c));
  }

  /** The bits of a (folded) piece's character pairs, to pass to {@link #contains}. */
  static int[] pairBits(String piece) {
    return java.util.stream.IntStream.range(1, piece.length())
        .map(i -> pairBit(piece.charAt(i - 1), piece.charAt(i))).distinct().toArray();
  }

  /** Whether the folded text contains the (folded) piece, whose pair bits are given. */
  boolean contains(String piece, int[] bits) {
    for (int bit : bits) {
      if ((pairs[bit >>> 6] & 1L << bit) == 0) {
        return false;
      }
    }
    return folded.contains(piece);
  }

  private static int pairBit(char first, char second) {
    return (first * 31 + second) & (PAIR_BITS - 1);
  }

  /** The last {@link #CACHED} texts folded on a thread, by identity, replaced in turn. */
  private static final class Cache {
    private final String[] texts = new String[CACHED];
    private final FoldedText[] folded = new FoldedText[CACHED];
    private int next;

    FoldedText recent(String text) {
      for (int i = 0; i < CACHED; i++) {
        if (texts[i] == text) { // the same String object: the same sentence
          return folded[i];
        }
      }
      return null;
    }

    FoldedText add(String text) {
      FoldedText made = new FoldedText(text);
      texts[next] = text;
      folded[next] = made;
      next = (next + 1) % CACHED;
      return made;
    }
  }

  /**
   * A conversation's texts, by identity, folded at once: nearly every one is asked about, and a
   * text that is none of them costs one look-up.
   */
  static final class Kept {
    private final Map<String, FoldedText> folded = new IdentityHashMap<>();

    private Kept(Iterable<String> texts) {
      texts.forEach(t -> folded.computeIfAbsent(t, FoldedText::new));
    }

    private FoldedText get(String text) {
      return folded.get(text);
    }
  }
}
