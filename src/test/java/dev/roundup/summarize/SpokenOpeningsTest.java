package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SpokenOpeningsTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Well, I heard they filed for divorce.|I heard they filed for divorce.",
      "Oh, well, sir, the report is on your desk.|the report is on your desk.",
      "Mr. Smith, could you sign the lease today?|could you sign the lease today?",
      "OK... the deploy is done.|the deploy is done.",
      "Yes, sir. Go ahead.|Go ahead."})
  void discourse_markers_interjections_and_titled_names_are_trimmed(String said, String shown) {
    assertThat(SpokenOpenings.trim(said)).isEqualTo(shown);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Yesterday, we shipped 4.18 to staging.",
      "Kate, you won't believe what happened.",
      "Deploy 4.18 is on staging, see the runbook.",
      "Sorry.",
      "Well, yes!"})
  void written_chat_first_names_and_openers_alone_are_kept_as_said(String said) {
    assertThat(SpokenOpenings.trim(said)).isEqualTo(said);
  }
}
