package dev.roundup.schedule;

import static dev.roundup.schedule.Phrases.NOW;
import static dev.roundup.schedule.Phrases.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code Schedules.fromSpec(s.spec())} rebuilds a schedule with the same runs. */
class SpecRoundTripTest {

  @ParameterizedTest
  @ValueSource(strings = {"every weekday at 9am", "every other week on monday and friday at 4pm",
      "last day of every month", "every 2nd tuesday at 10:15", "every year on feb 29",
      "every 45 minutes", "every 3 days", "quarterly", "tomorrow at 3pm", "in 2 hours",
      "on the 31st of every month at 11pm", "every day at 10, 12 and 17",
      "every day except friday at 5pm", "every weekday except in august", "every quarter",
      "every friday starting dec 4", "every other day from next month",
      "every weekday from dec 7 until dec 18 at 8:30", "the 2nd and last business day of the month"})
  void spec_round_trips_to_the_same_next_ten_runs(String phrase) {
    Schedule original = parse(phrase);
    Schedule rebuilt = Schedules.fromSpec(original.spec());
    assertThat(rebuilt.next(NOW, 10)).isEqualTo(original.next(NOW, 10)).isNotEmpty();
    assertThat(rebuilt.spec()).isEqualTo(original.spec());
    assertThat(rebuilt.zone()).isEqualTo(original.zone());
    assertThat(rebuilt.describe()).isEqualTo(original.describe());
    assertThat(rebuilt.recurring()).isEqualTo(original.recurring());
  }

  @Test
  void one_off_specs_store_the_absolute_instant() {
    assertThat(parse("tomorrow at 3pm").spec()).contains("at=2026-11-21T20:00:00Z").contains("America/New_York");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "nonsense", "every;tz=Nowhere/City;unit=DAY;interval=1;anchor=2026-01-01;times=09:00",
      "every;tz=UTC;unit=DAY;interval=0;anchor=2026-01-01;times=09:00", "once;tz=UTC",
      "every;tz=UTC;unit=WEEK;interval=1;anchor=2026-01-01;days=XX;times=09:00"})
  void malformed_specs_are_rejected(String spec) {
    assertThatThrownBy(() -> Schedules.fromSpec(spec)).isInstanceOf(IllegalArgumentException.class);
  }
}
