package dev.roundup.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The parser answers every input with a schedule or a refusal, never an exception: random word
 * salads from its own vocabulary (seeded, so failures reproduce) plus edge values.
 */
class RobustnessTest {

  private static final String[] WORDS = ("every each other 0 1 2 7 31 32 99 9999 0th 1st 2nd 31st 54th "
      + "last final to the of and , / - at on in day days week weeks weekend weekday weekdays month year "
      + "hour hours minute minutes second seconds monday fridays tue jan december feb 30 29 noon midnight "
      + "9am 13pm 12:00 25:00 9:60 2020-01-01 2026-02-30 13/45 2/30 tonight tomorrow today next this ago "
      + "from now later morning evening a couple few once twice daily weekly monthly quarterly hourly "
      + "oclock am pm mid night h 1h 15h30 'x\" @ # :").split(" ");

  private final ScheduleParser parser = new ScheduleParser();

  @Test
  void random_phrases_never_throw() {
    Random random = new Random(20261121L);
    ZoneId zone = ZoneId.of("Europe/Berlin");
    ZonedDateTime now = LocalDateTime.parse("2026-03-29T01:59").atZone(zone);
    List<String> phrases = new ArrayList<>(List.of("", " ", "every", "the 0th", "every 0th day",
        "every 9999 days", "in 9999 years", "every 1000 minutes", "every year on the 53rd friday",
        "every year on feb 29 at 2:30am"));
    for (int n = 0; n < 3000; n++) {
      StringBuilder phrase = new StringBuilder();
      for (int w = 1 + random.nextInt(6); w > 0; w--) {
        phrase.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
      }
      phrases.add(phrase.toString());
    }
    for (String phrase : phrases) {
      assertThatCode(() -> {
        ParseResult result = parser.parse(phrase, zone, now);
        if (result instanceof Parsed parsed) {
          Schedule s = parsed.schedule();
          assertThat(Schedules.fromSpec(s.spec()).next(now, 3)).isEqualTo(s.next(now, 3));
          s.describe();
          s.typicalPeriod();
        } else {
          assertThat(((Refused) result).reason()).isNotBlank();
        }
        parser.locate("remind me " + phrase + " to stretch", zone, now);
      }).as("phrase \"%s\"", phrase).doesNotThrowAnyException();
    }
  }
}
