package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What reads like a task and is not, each beside the near miss that still is one: a done report
 * of another of its owner's tasks, a statement about someone else after "and", waiting, minding
 * or leaving as it is, a session one is on, what something makes possible, a question put as a
 * request, leave given; German tasks in the present ("ich mach …", "teste ich morgen"); a past
 * report opening a message that hands out work; and "who did it" asked without its question
 * mark.
 */
class ReportsWarningsAndPossibilitiesTest {

  private static final Map<String, String> NAMES = Map.of("UHANA", "Hana", "URORY", "Rory",
      "UROB", "Rob", "UZOE", "Zoe", "UMARTA", "Marta", "UJAVI", "Javi", "UCARL", "Carl",
      "UADE", "Ade", "UCLEO", "Cleo");

  @Test
  void a_done_report_naming_another_task_of_its_owner_leaves_the_latest_one_to_do() {
    assertThat(labelThenTemplate("label sent :white_check_mark:")).anySatisfy(a -> {
      assertThat(a.owner()).isEqualTo("URORY");
      assertThat(a.text()).containsIgnoringCase("job sheet template");
    });
  }

  @Test
  void a_done_report_in_the_tasks_own_words_still_finishes_it() {
    assertThat(labelThenTemplate("template changed :white_check_mark:")).noneSatisfy(a ->
        assertThat(a.text()).containsIgnoringCase("job sheet template"));
  }

  /** Rory takes on a label, then the template, then reports {@code done}. */
  private static List<ActionItem> labelThenTemplate(String done) {
    return Threads.actionItems(NAMES,
        "UHANA", "special delivery both ways, on us. rory send her a prepaid label today",
        "URORY", "on it",
        "UHANA", "and from today names get typed in, copy-pasted from the order",
        "UCLEO", "100% +1",
        "URORY", "👍 i'll change the job sheet template tonight",
        "URORY", done);
  }

  @Test
  void a_statement_about_someone_else_after_and_is_no_second_task() {
    List<ActionItem> items = Threads.actionItems(
        "U1", "stolen CDs so i have to report it to the CD accountable officer, and police will"
            + " want the drug details");
    assertThat(items).singleElement()
        .satisfies(a -> assertThat(a.text()).containsIgnoringCase("accountable officer"));
    assertThat(Threads.actionItems(
        "U1", "i have to report it to the CD accountable officer, and email the drug details to"
            + " the police"))
        .hasSize(2);
  }

  @Test
  void waiting_or_minding_told_to_someone_is_no_task() {
    assertThat(Threads.actionItems(NAMES,
        "UZOE", "when do riders need to know? 412 entries, people are booking travel",
        "UROB", "if it changes we announce by 1st june at the latest. zoe hold off on any email"
            + " till then",
        "UZOE", "ok holding"))
        .noneMatch(a -> "UZOE".equals(a.owner()));
    assertThat(Threads.actionItems(NAMES,
        "UJAVI", "¿qué hacemos con las lavandas?",
        "UMARTA", "la furgo no entra en el césped. javi ojo con eso",
        "UJAVI", "vale"))
        .noneMatch(a -> "UJAVI".equals(a.owner()));
    assertThat(Threads.actionItems(NAMES,
        "UZOE", "when do riders need to know? 412 entries, people are booking travel",
        "UROB", "if it changes we announce by 1st june at the latest. zoe draft the email till"
            + " then",
        "UZOE", "ok"))
        .anyMatch(a -> "UZOE".equals(a.owner()));
  }

  @Test
  void a_yes_to_being_told_to_wait_takes_no_task_on_with_the_trees() {
    assertThat(withEveryCandidate("zoe hold off on any email till then", "ok holding"))
        .noneMatch(a -> "UZOE".equals(a.owner()));
    assertThat(withEveryCandidate("zoe draft the email till then", "ok"))
        .anyMatch(a -> "UZOE".equals(a.owner()));
  }

  /** Zoe's question, Rob's ruling ending with what he tells her, her reply; trees adding all. */
  private static List<ActionItem> withEveryCandidate(String toZoe, String reply) {
    Conversation thread = new Conversation("C1", Threads.chat(
        "UZOE", "when do riders need to know? 412 entries, people are booking travel",
        "UROB", "if it changes we announce by 1st june at the latest. " + toZoe,
        "UZOE", reply).messages(), NAMES);
    return ActionTreesTest.actions(thread, ActionTreesTest.everyCandidate(5));
  }

  @Test
  void what_someone_should_probably_do_is_a_task_once_taken_on() {
    assertThat(Threads.actionItems(
        "U1", "someone should probably tell the landlord before friday",
        "U2", "on it"))
        .anyMatch(a -> "U2".equals(a.owner()));
  }

  @Test
  void a_session_one_is_on_is_where_one_is() {
    assertThat(Threads.actionItems(
        "U1", "who can take the kayak group on saturday?",
        "U2", "i'm on the climbing session saturday morning but free from 1"))
        .noneMatch(a -> "U2".equals(a.owner()));
    assertThat(Threads.actionItems(
        "U1", "who can take the rollback?",
        "U2", "i'm on the rollback"))
        .anyMatch(a -> "U2".equals(a.owner()));
  }

  @Test
  void what_something_makes_possible_is_no_offer() {
    assertThat(Threads.actionItems(
        "U1", "there's no unmerge in the tool. but the merge keeps the origin workspace id on"
            + " every file, so i can split them back by script"))
        .isEmpty();
    assertThat(Threads.actionItems(
        "U1", "there's no unmerge in the tool. i can split them back by script tonight"))
        .isNotEmpty();
  }

  @Test
  void german_tasks_in_the_present_are_taken_on() {
    Cues de = Cues.GERMAN;
    assertThat(RegexPrefilter.find(de.commitment(), "ich mach PIRs für die 3")).isTrue();
    assertThat(RegexPrefilter.find(de.commitment(), "ich hör mal rum ob Sanne einspringen kann"))
        .isTrue();
    assertThat(RegexPrefilter.find(de.commitment(), "Teste ich morgen mit nem Muster")).isTrue();
    assertThat(RegexPrefilter.find(de.commitment(), "ich mach mir Sorgen wegen Donnerstag"))
        .isFalse();
    assertThat(RegexPrefilter.find(de.commitment(), "ich mach Feierabend")).isFalse();
    assertThat(RegexPrefilter.find(de.commitment(), "ich mach seit 8 Jahren den Vertrieb"))
        .isFalse();
    assertThat(RegexPrefilter.find(de.commitment(), "teste ich nicht")).isFalse();
  }

  @Test
  void a_past_report_opening_a_message_is_not_the_task_it_hands_out() {
    PreparedConversation c = new PreparedConversation(new Conversation("C1", Threads.chat(
        "UCARL", "forwarded to siobhan. also from now on every tote goes in the locked rear cage",
        "UADE", "👍").messages(), NAMES));
    assertThat(TaskWording.taskSentence(c, 0)).hasValueSatisfying(s ->
        assertThat(s.text()).doesNotContainIgnoringCase("forwarded"));
    PreparedConversation shared = new PreparedConversation(new Conversation("C1", Threads.chat(
        "UCARL", "shared lib. ade you own the CI check?",
        "UADE", "yes").messages(), NAMES));
    assertThat(TaskWording.taskSentence(shared, 0)).hasValueSatisfying(s ->
        assertThat(s.text()).containsIgnoringCase("shared lib"));
  }

  @Test
  void who_did_it_asked_in_german_without_a_question_mark_is_a_question() {
    assertThat(Cues.GERMAN.isQuestion("wer hat das eigentlich freigegeben 🙈")).isTrue();
    assertThat(Cues.ENGLISH.isQuestion("also who approved a copy change to an auth sms")).isTrue();
    assertThat(Cues.GERMAN.isQuestion("wer zu spät kommt, zahlt die Runde")).isFalse();
  }

  @Test
  void a_yes_opening_with_so_i_can_still_takes_it_on() {
    assertThat(Threads.actionItems(
        "U2", "can someone cover the front desk at 3?",
        "U1", "so i can cover it, no worries"))
        .anyMatch(a -> "U1".equals(a.owner()));
    assertThat(RegexPrefilter.find(Cues.ENGLISH.commitment(), "ok so i can take it")).isTrue();
    assertThat(RegexPrefilter.find(Cues.ENGLISH.commitment(),
        "until monday so i can recheck every OU by hand")).isFalse();
  }

  @Test
  void a_session_taken_as_a_yes_is_a_task() {
    assertThat(Threads.actionItems(
        "U1", "can someone cover the 6pm spin class tomorrow, jo is off sick",
        "U2", "i'm on the spin class tomorrow, no worries"))
        .anyMatch(a -> "U2".equals(a.owner()));
  }

  @Test
  void a_past_report_asking_in_the_same_sentence_still_hands_out_its_task() {
    PreparedConversation moved = new PreparedConversation(new Conversation("C1", Threads.chat(
        "UCARL", "moved it to friday, pls let the client know",
        "UADE", "doing it now").messages(), NAMES));
    assertThat(TaskWording.taskSentence(moved, 0)).isPresent();
    PreparedConversation shred = new PreparedConversation(new Conversation("C1", Threads.chat(
        "UCARL", "shred them before the audit",
        "UADE", "ok doing it now").messages(), NAMES));
    assertThat(TaskWording.taskSentence(shred, 0)).isPresent();
  }

  @Test
  void waiting_then_a_deed_in_the_same_sentence_is_a_task() {
    assertThat(PassingRemarks.prohibits("hold off on ordering and call the supplier to check the"
        + " new price")).isFalse();
    assertThat(PassingRemarks.prohibits("ojo con el cliente de la mesa 4 y cóbrale antes")).isFalse();
    assertThat(PassingRemarks.prohibits("careful with the ladder when you fix the sign")).isFalse();
    assertThat(PassingRemarks.prohibits("hold off on any email till then")).isTrue();
    assertThat(PassingRemarks.prohibits("déjalo hasta mañana por si vuelve a petar")).isTrue();
  }

  @Test
  void leaving_it_as_it_is_is_no_task_of_the_speaker() {
    assertThat(Threads.actionItems(
        "U1", "el override sigue a 1.0?",
        "U2", "déjalo hasta mañana por si vuelve a petar"))
        .isEmpty();
  }

  @Test
  void a_question_put_as_a_request_or_leave_given_is_no_task() {
    assertThat(Threads.actionItems(
        "U1", "can someone tell me whether the fertigation dosing was running during the flood?"))
        .isEmpty();
    assertThat(Threads.actionItems(NAMES,
        "UADE", "is the import done?",
        "UCARL", "graph has the closure now. ade you can remove the manual block whenever",
        "UADE", "ok"))
        .noneMatch(a -> a.text().toLowerCase().contains("remove the manual block"));
    assertThat(Threads.actionItems(NAMES,
        "UADE", "is the import done?",
        "UCARL", "graph has the closure now. ade can you remove the manual block today",
        "UADE", "ok"))
        .anyMatch(a -> a.text().toLowerCase().contains("remove the manual block"));
  }

  @Test
  void german_words_that_look_like_tasks_and_are_not() {
    Cues de = Cues.GERMAN;
    assertThat(RegexPrefilter.find(de.commitment(),
        "ich hör nach 3 Jahren hier auf, Ende März ist mein letzter Tag")).isFalse();
    assertThat(RegexPrefilter.find(de.commitment(), "ich mach grad nen Kaffee")).isFalse();
    assertThat(RegexPrefilter.find(de.commitment(), "ich hör nach, ob Sanne kann")).isTrue();
    assertThat(de.isQuestion("wer hat noch Urlaubstage aus 2023 muss die bis Ende März nehmen"))
        .isFalse();
    assertThat(de.isQuestion("wer hat den Schlüssel bitte bei Anna abgeben")).isFalse();
    assertThat(Cues.ENGLISH.isQuestion("who made the call doesnt matter we are going with acme"))
        .isFalse();
  }

  @Test
  void asking_a_second_thing_after_and_is_a_second_task() {
    assertThat(Threads.actionItems(
        "U1", "i'll call the supplier, and ask will they take the pallets back"))
        .hasSize(2);
  }

  @Test
  void a_yes_or_no_question_about_what_is_asks_no_task() {
    assertThat(Threads.actionItems(
        "U1", "the parts are correct, they're just for A. <@U2> does your 2nd have an A?",
        "U2", "yes she does"))
        .isEmpty();
    assertThat(Threads.actionItems(
        "U1", "<@U2> you awake? :sweat:",
        "U2", "yes"))
        .isEmpty();
    assertThat(Threads.actionItems(
        "U1", "<@U2> do you have time to review the PR today?",
        "U2", "yes"))
        .anyMatch(a -> "U2".equals(a.owner()));
  }

  @Test
  void knowing_later_is_no_task() {
    assertThat(Threads.actionItems("U1", "talking to two people, will know end of month"))
        .isEmpty();
    assertThat(Threads.actionItems("U1", "talking to two caterers, will book the cheaper one by end of month"))
        .isNotEmpty();
  }
}
