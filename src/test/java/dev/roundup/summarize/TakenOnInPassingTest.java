package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * "…, will do it this afternoon" after a clause of its own takes the work on, beside the near
 * misses that take nothing: "will do" with no when, a habit for next time, a condition, a thing
 * that "will do the job".
 */
class TakenOnInPassingTest {

  private static final Map<String, String> NAMES = Map.of("UJESS", "Jess", "UINGRID", "Ingrid");

  @Test
  void will_do_it_with_when_after_a_clause_of_its_own_takes_the_work_on() {
    assertThat(jessAnswers("i've got the fitting in stock, will do it this afternoon"))
        .anySatisfy(a -> assertThat(a.owner()).isEqualTo("UJESS"));
  }

  @Test
  void will_do_with_no_when_a_habit_a_condition_or_the_job_done_takes_nothing_on() {
    for (String reply : new String[] {"noted, will do", "noted, will do the same next time",
        "yeah if the pump fails again, will do it manually", "the small one, will do the job fine",
        "lesson learned, will do that differently next time"}) {
      assertThat(jessAnswers(reply)).as(reply).noneMatch(a -> "UJESS".equals(a.owner()));
    }
  }

  private static java.util.List<ActionItem> jessAnswers(String reply) {
    return Threads.actionItems(NAMES,
        "UINGRID", "lift stays closed today. the fitting gets replaced before any reopening",
        "UJESS", reply);
  }
}
