package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A due date as written, placed on the day it names from the day it was said, for a reader who
 * reads it days later; and said once, not again after a text that already says it.
 */
class DueDayTest {

  /** Friday 11 December 2026. */
  private static final LocalDate FRIDAY = LocalDate.of(2026, 12, 11);

  private static ActionItem item(String text, String due) {
    return new ActionItem("U1", text, due, List.of("1.000100"));
  }

  @Test
  void a_weekday_is_the_next_one_after_the_day_it_was_said() {
    assertThat(item("call them", "on Monday").dueDay(FRIDAY)).contains(LocalDate.of(2026, 12, 14));
    assertThat(item("send it", "by Thursday").dueDay(FRIDAY)).contains(LocalDate.of(2026, 12, 17));
    assertThat(item("send it", "by thurs").dueDay(FRIDAY)).contains(LocalDate.of(2026, 12, 17));
    // "by Friday" said on a Friday is the next one, not that same day
    assertThat(item("send it", "by Friday").dueDay(FRIDAY)).contains(LocalDate.of(2026, 12, 18));
    assertThat(item("send it", "by Sat").dueDay(FRIDAY)).contains(LocalDate.of(2026, 12, 12));
  }

  @Test
  void tomorrow_today_and_end_of_week_are_counted_from_that_day() {
    assertThat(item("x", "tomorrow").dueDay(FRIDAY)).contains(LocalDate.of(2026, 12, 12));
    assertThat(item("x", "by EOD").dueDay(FRIDAY)).contains(FRIDAY);
    assertThat(item("x", "by EOW").dueDay(LocalDate.of(2026, 12, 8))).contains(FRIDAY);
  }

  @Test
  void what_names_no_day_or_could_name_two_is_left_as_written() {
    assertThat(item("x", "next sprint").dueDay(FRIDAY)).isEmpty();
    assertThat(item("x", "by 12/5").dueDay(FRIDAY)).isEmpty();
    // "next Monday" said on a Friday: the coming Monday to some, the one after to others
    assertThat(item("x", "next Monday").dueDay(FRIDAY)).isEmpty();
    assertThat(item("x", null).dueDay(FRIDAY)).isEmpty();
  }

  @Test
  void a_due_date_the_text_already_says_is_not_said_again() {
    assertThat(item("Send the figures by Thursday", "by Thursday").dueNotInText()).isEmpty();
    assertThat(item("Send the figures", "by Thursday").dueNotInText()).contains("by Thursday");
    assertThat(item("Send the figures", null).dueNotInText()).isEmpty();
  }
}
