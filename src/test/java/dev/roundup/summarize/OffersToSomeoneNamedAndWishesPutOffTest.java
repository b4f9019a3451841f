package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Tasks that are not what they seem: an offer put to someone by name ("claire do you want me to
 * email the residence?" — "yes pls") is the speaker's task, not the named one's; a request whose
 * first answer puts it off ("can you make the export idempotent someday?" — "we'll see") is
 * nobody's task, and a request for no day in particular is no open question either; a day
 * proposed ("Je propose le lundi 11 janvier") is no task of the one proposing it. Beside each,
 * the same shape that is a task.
 */
class OffersToSomeoneNamedAndWishesPutOffTest {

  private static final Map<String, String> NAMES =
      Map.of("UCLAIRE", "claire", "UOMAR", "omar", "ULENA", "Lena", "UJONAS", "Jonas");

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      summer timetable is in the drive, the bus back to the residence is at 16:15 | claire do you want me to email the residence that the bus pickup stays at 16:15? | yes pls
      Der Sommerplan liegt im Drive, der Bus zur Residenz fährt um 16:15. | Lena, soll ich der Residenz schreiben, dass der Bus bei 16:15 bleibt? | ja bitte
      """)
  void an_offer_put_to_someone_by_name_is_the_speakers_task(String opener, String offer,
      String yes) {
    String asked = opener.startsWith("Der") ? "ULENA" : "UCLAIRE";
    String offering = opener.startsWith("Der") ? "UJONAS" : "UOMAR";
    List<ActionItem> items = Threads.actionItems(NAMES, asked, opener, offering, offer, asked,
        yes);
    assertThat(items).singleElement().satisfies(i -> assertThat(i.owner()).isEqualTo(offering));
  }

  @Test
  void a_question_put_to_someone_by_name_is_still_their_task() {
    List<ActionItem> items = Threads.actionItems(NAMES,
        "UCLAIRE", "summer timetable is in the drive, the bus back to the residence is at 16:15",
        "UOMAR", "claire can you email the residence that the bus pickup stays at 16:15?",
        "UCLAIRE", "yes, will do today");
    assertThat(items).singleElement().satisfies(i -> assertThat(i.owner()).isEqualTo("UCLAIRE"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      hi, finance here. can you make the export idempotent someday? we got burned by this in march too | we'll see, it's not on the roadmap rn
      hallo, hier Finanzen. könnt ihr den Export irgendwann idempotent machen? Im März hatten wir das auch schon | mal sehen, steht gerade nicht auf der Roadmap
      """)
  void a_request_put_off_by_its_answer_is_no_task_and_no_open_question(String asked,
      String putOff) {
    PreparedConversation c = new PreparedConversation(Threads.chat(
        "U1", "the payroll export ran twice last night, fixed and merged", "U2", asked,
        "U1", putOff));
    assertThat(ActionItemDetector.detect(c)).isEmpty();
    assertThat(OpenQuestionDetector.detect(c, java.util.Set.of())).isEmpty();
  }

  @Test
  void a_request_taken_on_is_still_a_task() {
    assertThat(Threads.actionItems(
        "U1", "the payroll export ran twice last night, fixed and merged",
        "U2", "hi, finance here. can you make the export idempotent? we got burned by this in "
            + "march too",
        "U1", "yes, I'll do it this week")).hasSize(1);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Bonjour à tous, il faut caler l'inventaire annuel des trois boutiques. Je propose le lundi 11 janvier, jour de fermeture
      Hola a todos, hay que fijar el inventario anual de las tres tiendas. Propongo el lunes 11 de enero, que cerramos
      Hi all, we need to fix the date of the annual stock count for the three shops. I propose Monday the 11th, we're closed that day
      """)
  void a_day_proposed_is_no_task_of_the_one_proposing_it(String proposal) {
    assertThat(Threads.actionItems("U1", proposal)).isEmpty();
  }

  @Test
  void a_task_proposed_in_the_first_person_is_still_one_when_it_is_a_task() {
    assertThat(Threads.actionItems("U1", "Hi all, we need to fix the date of the annual stock "
        + "count. I'll book the counting team for Monday the 11th")).hasSize(1);
  }
}
