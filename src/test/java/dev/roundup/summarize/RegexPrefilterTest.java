package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roundup.eval.GoldThread;
import dev.roundup.eval.GoldThreadLoader;
import dev.roundup.slack.SlackMarkup;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class RegexPrefilterTest {

  @Test
  void needsOneOfTheAlternativesWords() {
    RegexPrefilter filter = RegexPrefilter.of(Cues.en("\\bnot\\s+deciding\\b|\\bpunt(?:ing)?\\b"));

    assertThat(filter.pieces()).containsExactlyInAnyOrder("deciding", "punt");
    assertThat(filter.mayMatch("we're NOT deciding that today")).isTrue();
    assertThat(filter.mayMatch("ship it on friday")).isFalse();
  }

  @Test
  void joinsShortAlternativesIntoTheWholeWord() {
    RegexPrefilter filter = RegexPrefilter.of(Cues.p("\\b(?:de|ver)(?:schieben|tagen)\\b"));

    assertThat(filter.pieces()).containsExactlyInAnyOrder(
        "deschieben", "detagen", "verschieben", "vertagen");
    assertThat(filter.mayMatch("Wir VERSCHIEBEN das")).isTrue();
  }

  @Test
  void joinsLiteralTextAcrossAnUnknownPart() {
    assertThat(RegexPrefilter.of(Pattern.compile("\\b(?:\\w+'s|their)\\s+call\\b")).pieces())
        .containsExactly("call");
    assertThat(RegexPrefilter.of(Pattern.compile("^\\W*(?:(?:yes|ok)\\W+)?later\\W*$")).pieces())
        .containsExactly("later");
    assertThat(RegexPrefilter.of(Pattern.compile("(?:ok|[a-z]+ it is)")).pieces())
        .containsExactlyInAnyOrder("ok", " it is");
  }

  @Test
  void anOptionalPartIsNotNeeded() {
    RegexPrefilter filter = RegexPrefilter.of(Cues.en("\\bcolou?r\\b"));

    assertThat(filter.pieces()).containsExactlyInAnyOrder("color", "colour");
  }

  @Test
  void foldsCaseOnBothSidesInEveryScript() {
    RegexPrefilter filter = RegexPrefilter.of(Cues.p("\\bentschieden|décidé|後で決め"));

    assertThat(filter.mayMatch("ENTSCHIEDEN ist es")).isTrue();
    assertThat(filter.mayMatch("C'EST DÉCIDÉ")).isTrue();
    assertThat(filter.mayMatch("それは後で決めましょう")).isTrue();
    assertThat(filter.mayMatch("noch offen")).isFalse();
  }

  @Test
  void aPatternThatNeedsNoFixedTextAlwaysRuns() {
    assertThat(RegexPrefilter.of(Pattern.compile("\\w+\\?$")).mayMatch("ok")).isTrue();
    assertThat(RegexPrefilter.of(Pattern.compile("(?:ok|[a-z]+)")).pieces()).isEmpty();
    // a lookahead's words need not be in the match: only what is matched counts
    assertThat(RegexPrefilter.of(Pattern.compile("(?=later)\\w+")).pieces()).isEmpty();
    // comments mode: spaces in the pattern mean nothing, so its words cannot be read off it
    assertThat(RegexPrefilter.of(Pattern.compile("(?x) not \\s deciding")).pieces()).isEmpty();
  }

  @Test
  void triesOnlyTheAlternativesWhosePiecesTheTextHas() {
    Pattern pattern = Cues.en("\\bnot\\s+deciding\\b|\\bpunt(?:ing)?\\b|^\\W*later\\W*$");

    assertThat(RegexPrefilter.find(pattern, "later.")).isTrue();
    assertThat(RegexPrefilter.find(pattern, "later we ship")).isFalse();
    assertThat(RegexPrefilter.of(pattern).pieces()).containsExactlyInAnyOrder("deciding", "punt", "later");
    // flags set midway reach the alternatives after them: such a pattern is tried whole
    Pattern midway = Pattern.compile("abc|(?i)def|ghi");
    assertThat(RegexPrefilter.find(midway, "GHI")).isTrue();
  }

  @Test
  void findAgreesWithThePattern() {
    Pattern pattern = Cues.en("\\b(?:leave|save)\\s+it\\s+for\\s+later\\b");

    assertThat(RegexPrefilter.find(pattern, "let's save it for later")).isTrue();
    assertThat(RegexPrefilter.find(pattern, "let's save it for now")).isFalse();
  }

  /** How many tuning threads {@link #answersAsEveryCueDoes} reads at least. */
  private static final int SAMPLED_THREADS = 450;

  /**
   * {@link RegexPrefilter#find} answers as the pattern does, for every cue of the summarizer tried
   * on every message of at least 450 tuning threads spread over all of them, in six languages, as
   * the cues read it (without markup); and the prefilter never refuses a text the pattern matches.
   */
  @Test
  void answersAsEveryCueDoes() throws Exception {
    List<Pattern> cues = everyCuePattern();
    List<String> texts = new ArrayList<>();
    List<GoldThread> threads =
        GoldThreadLoader.loadAll(Path.of("src/test/resources/eval/slack-threads/dev"));
    // Every n-th thread, n chosen so that at least 450 are read: over eight thousand messages in
    // six languages, whatever the number of tuning threads (every third of 2,541 took minutes).
    int step = Math.max(1, threads.size() / SAMPLED_THREADS);
    for (int i = 0; i < threads.size(); i += step) {
      threads.get(i).conversation().messages().stream().filter(m -> m.text() != null)
          .forEach(m -> texts.add(SlackMarkup.toPlainText(m.text())));
    }
    int filtered = 0;
    List<Pattern> tried = new ArrayList<>();
    for (Pattern cue : cues) {
      RegexPrefilter filter = RegexPrefilter.of(cue);
      if (!filter.pieces().isEmpty()) {
        filtered++;
      } else if (RegexPrefilter.find(cue, "") == cue.matcher("").find()
          && filter.mayMatch("") && filter.mayMatch("x")) {
        continue; // no alternative filtered: nothing but the pattern itself is ever tried
      }
      tried.add(cue);
    }
    // Each cue reads every text and shares nothing with the others: tried on every core.
    List<Tally> tallies = tried.parallelStream().map(cue -> tally(cue, texts)).toList();
    assertThat(tallies.stream().flatMap(t -> t.disagreements().stream())).isEmpty();
    int matched = tallies.stream().mapToInt(Tally::matched).sum();
    assertThat(texts).hasSizeGreaterThan(8_000);
    assertThat(cues).hasSizeGreaterThan(300);
    assertThat(filtered).isGreaterThan(cues.size() / 2);
    assertThat(matched).isGreaterThan(5_000);
  }

  /** What one cue made of the texts: where the prefilter answered otherwise, and its matches. */
  private record Tally(List<String> disagreements, int matched) {}

  private static Tally tally(Pattern cue, List<String> texts) {
    RegexPrefilter filter = RegexPrefilter.of(cue);
    List<String> disagreements = new ArrayList<>();
    int matched = 0;
    for (String text : texts) {
      boolean found = cue.matcher(text).find();
      if (RegexPrefilter.find(cue, text) != found) {
        disagreements.add("/" + cue.pattern() + "/ " + (found ? "finds" : "does not find")
            + " it, the prefilter the opposite, on " + text);
      }
      if (found && !filter.mayMatch(text)) {
        disagreements.add(text + " refused by " + filter.pieces() + " but matched by /"
            + cue.pattern() + "/");
      }
      matched += found ? 1 : 0;
    }
    return new Tally(disagreements, matched);
  }

  private static List<Pattern> everyCuePattern() throws Exception {
    Set<Pattern> patterns = new LinkedHashSet<>();
    try (Stream<Path> sources = Files.list(Path.of("src/main/java/dev/roundup/summarize"))) {
      for (Path source : sources.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
        String name = source.getFileName().toString().replace(".java", "");
        if (name.equals("package-info")) {
          continue;
        }
        collect(Class.forName("dev.roundup.summarize." + name), patterns);
      }
    }
    for (Cues cues : List.of(Cues.ENGLISH, Cues.GERMAN, Cues.FRENCH, Cues.SPANISH,
        Cues.PORTUGUESE, Cues.JAPANESE)) {
      for (RecordComponent component : Cues.class.getRecordComponents()) {
        if (component.getType() == Pattern.class) {
          Object cue = component.getAccessor().invoke(cues);
          if (cue != null) { // a language may lack a cue
            patterns.add((Pattern) cue);
          }
        }
      }
    }
    return new ArrayList<>(patterns);
  }

  private static void collect(Class<?> type, Set<Pattern> patterns) throws Exception {
    for (Field field : type.getDeclaredFields()) {
      if (!Modifier.isStatic(field.getModifiers())) {
        continue;
      }
      field.setAccessible(true);
      Object value = field.get(null);
      if (value instanceof Pattern pattern) {
        patterns.add(pattern);
      } else if (value instanceof Map<?, ?> map) {
        map.values().stream().filter(Pattern.class::isInstance)
            .forEach(v -> patterns.add((Pattern) v));
      }
    }
    for (Class<?> inner : type.getDeclaredClasses()) {
      collect(inner, patterns);
    }
  }
}
