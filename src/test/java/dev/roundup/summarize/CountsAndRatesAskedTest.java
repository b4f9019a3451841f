package dev.roundup.summarize;

import static dev.roundup.summarize.Threads.decisions;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A figure given to "how many…?" settles nothing, also when it is a count in words ("zwei: Flo
 * und Anna") or a rate the question asks of "we" ("how much butter do we go through a week?").
 * How many the group will take is still a choice ("how many do we order?" — "let's order 200").
 */
class CountsAndRatesAskedTest {

  @ParameterizedTest(name = "{2}")
  @CsvSource(delimiter = '|', textBlock = """
      Stand Faschingsferien: 212 Kinder gebucht, 11 Skilehrer verfügbar, wir sind massiv zu wenig | wie viele fallen aus? krank oder verletzt? | zwei: Flo (Kreuzband) und Anna (Grippe, kommt evtl. am Mittwoch wieder) | Flo
      the butter supplier raised prices again, i want to trial the farm co-op | how much butter do we go through a week? | ~95kg. bit more at christmas | 95kg
      """)
  void a_count_or_a_rate_given_to_how_many_settles_nothing(String opening, String asked,
      String figure, String words) {
    assertThat(decisions("UA", opening, "UB", asked, "UA", figure, "UB", "ok"))
        .noneMatch(d -> d.contains(words));
  }

  @Test
  void how_many_the_group_takes_is_still_a_choice() {
    assertThat(decisions(
        "UA", "the butter supplier raised prices again, i want to trial the farm co-op",
        "UB", "how many kilos do we order for the trial?",
        "UA", "let's order 40kg for the first two weeks",
        "UB", "ok"))
        .anyMatch(d -> d.contains("40kg"));
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      how many on-call shifts per week should we cap people at? | two per week max, starting next rota | per week max
      how many servers do we spin up for a week of testing? | let's spin up 12, we can scale down after | 12
      """)
  void a_rate_still_to_set_is_a_choice(String asked, String answer, String words) {
    assertThat(decisions("UA", "new rota and the load test both start monday", "UB", asked,
        "UA", answer, "UB", "ok"))
        .anyMatch(d -> d.contains(words));
  }
}
