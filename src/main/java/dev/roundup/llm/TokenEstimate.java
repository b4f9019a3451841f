package dev.roundup.llm;

/**
 * A cheap token count for sizing prompts, no tokenizer needed. Latin-script text runs about four
 * characters per token in the common BPE vocabularies, so such characters count a quarter each;
 * CJK ideographs, kana and hangul are close to one token each, so they count one. Good to within
 * a few tens of percent, which the summarizer's prompt margin absorbs; token usage that a provider
 * does not report is estimated with it too ({@link TokenUsage}).
 */
public final class TokenEstimate {

  private TokenEstimate() {}

  public static int of(String text) {
    int quarterTokens = 0;
    int wholeTokens = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (isWideScript(cp)) {
        wholeTokens++;
      } else {
        quarterTokens++;
      }
    }
    return wholeTokens + (quarterTokens + 3) / 4;
  }

  private static boolean isWideScript(int cp) {
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
  }
}
