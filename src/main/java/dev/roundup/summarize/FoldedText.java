package dev.roundup.summarize;

/**
 * A text case-folded once for {@link RegexPrefilter}, with the pairs of adjacent characters it
 * holds kept as bits: a piece one of whose pairs the text lacks cannot be in it, and testing a few
 * bits is far cheaper than looking for the piece (a cue may have hundreds of pieces).
 */
final class FoldedText {

  /** Bits for character pairs: few enough to clear cheaply, enough that a sentence sets ~10%. */
  private static final int PAIR_BITS = 1 << 10;

  /**
   * The texts folded last on this thread: one sentence is checked against many cues in a row,
   * and a rule reads a message and its sentences by turns.
   */
  private static final int CACHED = 8;

  private static final ThreadLocal<Cache> CACHE = ThreadLocal.withInitial(Cache::new);

  private final String folded;
  private final long[] pairs = new long[PAIR_BITS / 64];

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

  /** The folded form of a text, worked out once while it is among the last few on this thread. */
  static FoldedText of(String text) {
    return CACHE.get().get(text);
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

    FoldedText get(String text) {
      for (int i = 0; i < CACHED; i++) {
        if (texts[i] == text) { // the same String object: the same sentence
          return folded[i];
        }
      }
      FoldedText made = new FoldedText(text);
      texts[next] = text;
      folded[next] = made;
      next = (next + 1) % CACHED;
      return made;
    }
  }
}
