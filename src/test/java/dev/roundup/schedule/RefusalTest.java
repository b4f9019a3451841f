package dev.roundup.schedule;

import static dev.roundup.schedule.Phrases.refusal;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Impossible, past or unknown phrases are refused with a reason and examples, never guessed. */
class RefusalTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "at 25:00 | no time 25:00",
      "13:60 | no time 13:60",
      "February 30 | does not exist",
      "every year on february 30 | no month asked for has a day 30",
      "every 0 days | never repeats",
      "the 32nd | 32nd",
      "13pm | no time 13",
      "yesterday | past",
      "on 2020-01-01 | past",
      "last monday | past",
      "every 2 seconds | minute",
      "every week on the 4th day | week starts",
      "every blue moon | 'blue'",
      "remind me | 'remind'",
      "in a few minutes | few",
      "today at 8am | already passed",
      "twice a day | every day at 9am and 5pm",
      "except friday at 5pm | 'except' needs a repeating schedule",
      "every month except friday | takes days out of a daily or weekly schedule",
      "every day except mon tue wed thu fri sat sun | leaves no day",
      "every 2 days except friday | cannot also be limited to certain weekdays",
      "every day at 9.75 | no time 9:75",
      "every monday 9.30 | '9.30'",
      "on 24.12 at 10 | '24.12'",
      "every working at 9 | 'working'",
      "daily except on june 23rd and july 4th | not single dates or times",
      "every 8 hours except tomorrow | not single dates or times",
      "every year except in may | name it instead",
      "every day except in jan feb mar apr may jun jul aug sep oct nov dec | no month"})
  void impossible_or_unreadable_phrases_are_refused_with_a_reason(String phrase, String why) {
    String reason = refusal(phrase);
    assertThat(reason).contains(why).contains("Try e.g.").doesNotContain("\n");
    assertThat(reason).contains("\"" + phrase + "\"");
  }
}
