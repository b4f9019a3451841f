package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "i'll decide when i've seen deb's quote": a choice the speaker puts off is no task of theirs;
 * work they will do once something is in ("i'll draft the plan when i've seen the numbers") is.
 */
class DecidingLaterTest {

  private static final String ASKED = "do we replace the leaf on no. 7 or repair it?";

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "let me think about the leaf. i'll decide when i've seen deb's quote",
      "noted. i'll decide once the poll closes",
      "I will decide after the site visit"})
  void a_choice_put_off_is_no_task(String said) {
    assertThat(Threads.actionItems("U1", ASKED, "U2", said))
        .filteredOn(a -> "U2".equals(a.owner())).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "i'll draft the repair plan when i've seen deb's quote|draft the repair plan",
      "i'll ring deb once the poll closes|ring deb"})
  void work_done_once_something_is_in_stays_a_task(String said, String task) {
    assertThat(Threads.actionItems("U1", ASKED, "U2", said))
        .filteredOn(a -> "U2".equals(a.owner())).singleElement()
        .satisfies(a -> assertThat(a.text()).containsIgnoringCase(task));
  }

  @Test
  void a_task_said_after_the_choice_put_off_stays() {
    assertThat(Threads.actionItems("U1", ASKED,
        "U2", "I'll decide after the call, and I'll send the summary to everyone"))
        .filteredOn(a -> "U2".equals(a.owner()))
        .anySatisfy(a -> assertThat(a.text()).containsIgnoringCase("send the summary"));
  }
}
