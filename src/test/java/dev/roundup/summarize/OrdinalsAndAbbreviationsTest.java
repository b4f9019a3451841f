package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A sentence does not end at the full stop of an ordinal, a version or an abbreviation, in any
 * language the summarizer reads ("ab dem 1. Januar", "option No. 2", "el Sr. García"), while a
 * sentence that ends with a number still ends there ("We ship in Q3. Then we hire.").
 */
class OrdinalsAndAbbreviationsTest {

  @Test
  void an_ordinal_before_a_month_or_a_lower_case_word_does_not_end_the_sentence() {
    assertThat(SentenceSplitter.split("15 % Jahresrabatt ab dem 1. Januar für alle Kunden.", "de"))
        .containsExactly("15 % Jahresrabatt ab dem 1. Januar für alle Kunden.");
    assertThat(SentenceSplitter.split("lanzamos el 1. de marzo con el Sr. García", "es"))
        .containsExactly("lanzamos el 1. de marzo con el Sr. García");
    assertThat(SentenceSplitter.split("die Version 2.1. wird übersprungen", "de"))
        .containsExactly("die Version 2.1. wird übersprungen");
    assertThat(SentenceSplitter.split("We start on the 1. March with the new team.", "en"))
        .containsExactly("We start on the 1. March with the new team.");
  }

  @Test
  void a_german_ordinal_before_a_noun_does_not_end_the_sentence() {
    assertThat(SentenceSplitter.split("Am 3. Tag prüfen wir die 2. Runde.", "de"))
        .containsExactly("Am 3. Tag prüfen wir die 2. Runde.");
  }

  @Test
  void a_sentence_that_ends_with_a_number_still_ends_there() {
    assertThat(SentenceSplitter.split("We ship in Q3. Then we hire.", "en"))
        .containsExactly("We ship in Q3.", "Then we hire.");
    assertThat(SentenceSplitter.split("We need 3. Security reviews them next.", "en"))
        .containsExactly("We need 3.", "Security reviews them next.");
    assertThat(SentenceSplitter.split("Wir brauchen 3. Dann geht es los.", "de"))
        .containsExactly("Wir brauchen 3.", "Dann geht es los.");
    assertThat(SentenceSplitter.split("Wir nehmen Version 2.1. Die 2.2 kommt später.", "de"))
        .containsExactly("Wir nehmen Version 2.1.", "Die 2.2 kommt später.");
  }

  @Test
  void a_number_joined_to_the_word_before_it_is_no_ordinal_and_ends_the_sentence() {
    // A time, a ticket, an agreement and a figure: the lower-case word after them opens the
    // next sentence, as chat writes it.
    assertThat(SentenceSplitter.split("act 2 ran 1:12. crew hard out is 10:45", "en"))
        .containsExactly("act 2 ran 1:12.", "crew hard out is 10:45");
    assertThat(SentenceSplitter.split("escalated as #88213. they say nothing changed", "en"))
        .containsExactly("escalated as #88213.", "they say nothing changed");
    assertThat(SentenceSplitter.split("+1. can we keep the old supplier for March?", "en"))
        .containsExactly("+1.", "can we keep the old supplier for March?");
    assertThat(SentenceSplitter.split("schätze ~30. ich mach das aber erst nächste Woche", "de"))
        .containsExactly("schätze ~30.", "ich mach das aber erst nächste Woche");
    // Standing alone, after a bracket, a quote or a no-break space, or closing a range of
    // ordinals, it is still an ordinal.
    assertThat(SentenceSplitter.split("ab dem (1. januar) gilt das", "de"))
        .containsExactly("ab dem (1. januar) gilt das");
    assertThat(SentenceSplitter.split("1. januar: neue Preise", "de"))
        .containsExactly("1. januar: neue Preise");
    assertThat(SentenceSplitter.split("ab dem\u00A01. Januar gilt das", "de")).hasSize(1);
    assertThat(SentenceSplitter.split("Stichtag »1. Januar« bleibt", "de")).hasSize(1);
    assertThat(SentenceSplitter.split("Urlaub vom 1.–3. Januar, danach wieder da", "de"))
        .hasSize(1);
    assertThat(SentenceSplitter.split("am 1./2. Juni ist das Büro zu", "de")).hasSize(1);
    assertThat(SentenceSplitter.split("Wir sind vom 12.-14. März in Berlin", "de")).hasSize(1);
  }

  @Test
  void abbreviations_of_each_language_do_not_end_the_sentence() {
    assertThat(SentenceSplitter.split(
        "Decided: we go with option No. 2 because of the U.S. market", "en"))
        .containsExactly("Decided: we go with option No. 2 because of the U.S. market");
    assertThat(SentenceSplitter.split(
        "Ask Dr. Lee, Mrs. Hall or Ms. Cho, i.e. legal, approx. 3 people vs. 5 last year.", "en"))
        .hasSize(1);
    assertThat(SentenceSplitter.split(
        "Wir nehmen z.B. Ticket Nr. 4, d.h. ca. zwei Tage bzw. drei usw. und fertig.", "de"))
        .hasSize(1);
    assertThat(SentenceSplitter.split("On voit M. Dupont et Mme. Martin, cf. la doc.", "fr"))
        .hasSize(1);
    assertThat(SentenceSplitter.split("Habla con la Sra. Ruiz y la Dra. Gil mañana.", "es"))
        .hasSize(1);
    assertThat(SentenceSplitter.split("Fala com o Sr. Costa e a Dra. Lima amanhã.", "pt"))
        .hasSize(1);
  }

  @Test
  void no_is_an_abbreviation_only_before_a_number() {
    assertThat(SentenceSplitter.split("Is it done? No. We wait for QA.", "en"))
        .containsExactly("Is it done?", "No.", "We wait for QA.");
  }

  @Test
  void a_decision_keeps_its_ordinal_and_its_abbreviations() {
    List<String> decisions = DecisionDetector.detect(new PreparedConversation(Threads.chat(
        "U1", "Decided: we go with option No. 2 because of the U.S. market")))
        .stream().map(d -> d.value().text()).toList();
    assertThat(decisions).singleElement().asString()
        .contains("option No. 2 because of the U.S. market");
  }
}
