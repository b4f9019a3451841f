package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A case supposed to reason about ("suppose we close on mondays, what do we lose?", "angenommen,
 * wir schließen montags", "mettons qu'on ferme le lundi", "supongamos que cerramos los lunes",
 * "vamos supor que a gente fecha às segundas", "仮に月曜を休みにすると") is mused about, never
 * decided ({@link Cues#isDeferral}); the same words that say what happened or what holds are not.
 */
class SupposedCasesTest {

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      en | suppose we close on mondays, what do we actually lose?
      en | supposing they say no to the discount, then what
      de | angenommen, wir schließen montags, was verlieren wir dann?
      fr | mettons qu'on ferme le lundi, on perd combien ?
      fr | supposons qu'on ferme le lundi, on perd combien ?
      es | supongamos que cerramos los lunes, ¿cuánto perdemos?
      pt | vamos supor que a gente fecha às segundas, quanto perde?
      pt | supondo que a gente feche às segundas, quanto perde?
      ja | 仮に月曜を休みにすると、売上はどれくらい減りますか
      """)
  void a_supposed_case_is_mused_about(String language, String said) {
    assertThat(Cues.of(language).isDeferral(said)).isTrue();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      en | we close on mondays from june, I suppose that's the end of it
      de | der Antrag wurde angenommen, wir schließen ab Juni montags
      fr | on ferme le lundi à partir de juin
      es | cerramos los lunes a partir de junio
      pt | a gente fecha às segundas a partir de junho
      """)
  void what_holds_is_no_supposed_case(String language, String said) {
    assertThat(Cues.of(language).isDeferral(said)).isFalse();
  }
}
