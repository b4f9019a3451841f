package dev.roundup.summarize;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.ja.JapaneseAnalyzer;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.tokenattributes.BaseFormAttribute;
import org.apache.lucene.analysis.ja.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Japanese words by Kuromoji, Lucene's morphological analyzer: Japanese has no spaces between
 * words, so splitting on them would make each clause one "word". Content terms are the dictionary
 * forms of nouns, verbs and adjectives, without Lucene's Japanese stop words and stop
 * parts of speech (particles, auxiliaries, pronouns). A tokenizer is not thread-safe; each thread
 * keeps its own, and the dictionary behind them is loaded once.
 */
final class JapaneseAnalysis implements TextAnalysis {

  private static final CharArraySet STOP_WORDS = JapaneseAnalyzer.getDefaultStopSet();
  private static final Set<String> STOP_TAGS = JapaneseAnalyzer.getDefaultStopTags();
  private static final List<String> CONTENT_TAGS = List.of("名詞", "動詞-自立", "形容詞-自立");
  private static final List<String> NOT_CONTENT = List.of("名詞-非自立", "名詞-代名詞", "名詞-数",
      "名詞-接尾");

  private final ThreadLocal<Tokenizer> tokenizers = ThreadLocal.withInitial(Tokenizer::new);

  @Override
  public List<String> words(String sentence) {
    return tokenizers.get().tokens(Terms.withoutMarkup(sentence), false);
  }

  @Override
  public List<String> terms(String sentence, List<String> words) {
    return tokenizers.get().tokens(Terms.withoutMarkup(sentence), true);
  }

  /** One Kuromoji tokenizer and its attributes, reused for every sentence on a thread. */
  private static final class Tokenizer {
    private final JapaneseTokenizer tokenizer =
        new JapaneseTokenizer(null, true, JapaneseTokenizer.Mode.SEARCH);
    private final CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);
    private final BaseFormAttribute base = tokenizer.addAttribute(BaseFormAttribute.class);
    private final PartOfSpeechAttribute pos = tokenizer.addAttribute(PartOfSpeechAttribute.class);

    List<String> tokens(String text, boolean contentOnly) {
      List<String> out = new ArrayList<>();
      try {
        tokenizer.setReader(new StringReader(text));
        tokenizer.reset();
        while (tokenizer.incrementToken()) {
          String surface = term.toString().toLowerCase(Locale.ROOT);
          if (!contentOnly) {
            out.add(surface);
            continue;
          }
          String tag = pos.getPartOfSpeech();
          String form = base.getBaseForm() == null ? surface : base.getBaseForm();
          if (tag != null && CONTENT_TAGS.stream().anyMatch(tag::startsWith)
              && NOT_CONTENT.stream().noneMatch(tag::startsWith) && !STOP_TAGS.contains(tag)
              && !STOP_WORDS.contains(form) && form.codePoints().anyMatch(Character::isLetter)) {
            out.add(form);
          }
        }
        tokenizer.end();
      } catch (IOException e) {
        throw new UncheckedIOException(e); // a StringReader does not fail
      } finally {
        try {
          tokenizer.close();
        } catch (IOException ignored) {
          // closing a StringReader does not fail either
        }
      }
      return out;
    }
  }
}
