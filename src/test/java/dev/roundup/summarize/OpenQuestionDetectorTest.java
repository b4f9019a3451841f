package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OpenQuestionDetectorTest {

  private static List<String> open(Conversation conversation) {
    return OpenQuestionDetector.detect(new PreparedConversation(conversation), Set.of()).stream()
        .map(d -> d.value().text()).toList();
  }

  @Test
  void a_question_nobody_answers_is_open() {
    assertThat(open(Threads.chat(
        "U1", "Who owns the on-call rotation for December?",
        "U2", "thanks!"))).containsExactly("Who owns the on-call rotation for December?");
  }

  @Test
  void a_reply_from_someone_else_that_addresses_the_question_answers_it() {
    assertThat(open(Threads.chat(
        "U1", "Which region hosts the replica?",
        "U3", "The replica lives in eu-west-2 next to the primary."))).isEmpty();
  }

  @Test
  void an_announcement_after_a_question_starts_something_new_and_answers_nothing() {
    assertThat(open(Threads.chat(
        "U1", "Will do. When exactly does the embargo lift, 9am Pacific or 9am Eastern?",
        "U2", "Thanks everyone, this is great progress!",
        "U3", "Heads up: the VAT fix also changes rounding for invoices in CHF.")))
        .containsExactly("When exactly does the embargo lift, 9am Pacific or 9am Eastern?");
    assertThat(open(Threads.chat(
        "U1", "Wann genau endet die Sperrfrist, 9 Uhr oder 15 Uhr?",
        "U3", "Zur Info: der Fix ändert auch die Rundung für Rechnungen in CHF.")))
        .containsExactly("Wann genau endet die Sperrfrist, 9 Uhr oder 15 Uhr?");
    // The next speaker who does not announce something new still answers.
    assertThat(open(Threads.chat(
        "U1", "When exactly does the embargo lift, 9am Pacific or 9am Eastern?",
        "U3", "Pacific, per the agency's note."))).isEmpty();
  }

  @Test
  void yes_or_no_is_an_answer_to_a_yes_no_question() {
    assertThat(open(Threads.chat(
        "U1", "Is the migration finished?",
        "U2", "thanks for asking",
        "U3", "Yep."))).isEmpty();
  }

  @Test
  void the_asker_answering_themselves_does_not_count_unless_they_found_it() {
    assertThat(open(Threads.chat(
        "U1", "Where is the runbook for the billing service?",
        "U1", "Also the runbook for payments?"))).hasSize(2);
    assertThat(open(Threads.chat(
        "U1", "Where is the runbook for the billing service?",
        "U1", "nvm, found it in the wiki"))).isEmpty();
  }

  @Test
  void a_greeting_right_after_a_question_is_not_an_answer() {
    assertThat(open(Threads.chat(
        "U1", "Who posts status page updates during the window?",
        "U2", "Hi all, just joined from the comms team!"))).hasSize(1);
  }

  @Test
  void open_and_answered_questions_in_the_domain_threads() {
    assertThat(open(Threads.load("hiring-debrief.json")))
        .containsExactly("What salary band are we offering?");
    assertThat(open(Threads.load("design-review-pagination.json")))
        .containsExactly("How do we deprecate offset on v1 without breaking the mobile app?");
    assertThat(open(Threads.load("launch-ios-release.json")))
        .containsExactly("Should we bump the minimum iOS version to 16 in this release?");
  }

  @Test
  void a_non_answer_keeps_a_question_open() {
    assertThat(open(Threads.chat(
        "U1", "Who owns the dashboard design?",
        "U2", "nobody picked that up yet"))).singleElement().asString()
        .startsWith("Who owns the dashboard design? — <@U2>: nobody picked that up yet");
  }

  @Test
  void a_redirect_keeps_it_open_and_says_who_was_asked() {
    assertThat(open(Threads.chat(
        "U1", "Can we claw back the second refund or do we just eat it?",
        "U2", "good question, let's ask finance",
        "U3", "sure"))).containsExactly(
            "Can we claw back the second refund or do we just eat it? — asked: finance");
    assertThat(open(Threads.chat(
        "U1", "Can we claw back the second refund?",
        "U2", "not sure, check with <@U7> first"))).containsExactly(
            "Can we claw back the second refund? — asked: <@U7>");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "no idea tbh                              | ",
      "nobody picked that up yet                | ",
      "TBD                                      | ",
      "depends on the quote                     | ",
      "waiting on what support hears            | support",
      "let's check with legal first             | legal",
      "not sure, maybe ask Dana                 | Dana",
      "thats above my pay grade lol             | ",
      "idk, thats a sales thing, not me         | sales"})
  void a_reply_that_does_not_know_or_sends_it_on_keeps_it_open(String reply, String asked) {
    String question = "Who signs off on the new retention policy?";
    List<String> open = open(Threads.chat("U1", question, "U2", reply));
    assertThat(open).singleElement().asString().startsWith(question + " — ");
    if (asked != null) {
      assertThat(open.get(0)).endsWith("— asked: " + asked);
    }
  }

  @Test
  void a_redirect_to_nobody_by_name_says_how_it_was_left() {
    assertThat(open(Threads.chat(
        "U1", "When does the cookie fix ship?",
        "U2", "no clue, ask her"))).containsExactly(
            "When does the cookie fix ship? — <@U2>: no clue, ask her");
  }

  @Test
  void the_asker_putting_it_to_whoever_they_were_sent_to_is_the_same_question() {
    assertThat(open(Threads.chat(
        "U1", "great, I'll pass that on. when does the fix ship?",
        "U2", "no clue, Sandra runs the release train, ask her",
        "U1", "<@U5> any ETA for the cookie domain fix?"))).containsExactly(
            "When does the fix ship? — asked: <@U5>");
  }

  @Test
  void the_open_questions_of_one_message_are_listed_once() {
    assertThat(open(Threads.chat(
        "U1", "And the old laptops, what do we do with them? Sell them, give them away?",
        "U2", "no idea, we'd have to ask accounting"))).containsExactly(
            "And the old laptops, what do we do with them? Sell them, give them away? — asked: "
                + "accounting");
  }

  @Test
  void a_mention_of_the_asker_after_the_question_was_dodged_is_a_new_request() {
    assertThat(open(Threads.chat(
        "U1", "How much do we charge for longer retention?",
        "U2", "no idea honestly, let's ask Dana in pricing",
        "U3", "<@U1> can you send Hooli a note that we're working on it?"))).first()
        .isEqualTo("How much do we charge for longer retention? — asked: Dana");
  }

  @Test
  void an_opinion_that_the_next_speaker_leaves_open_answers_nothing() {
    assertThat(open(Threads.chat(
        "U1", "do we do themes this year or free-for-all?",
        "U2", "free-for-all was more fun last time imo",
        "U3", "let's keep it open and see what people pitch"))).singleElement().asString()
        .startsWith("Do we do themes this year or free-for-all? — <@U3>: let's keep it open");
    // A plain answer is not undone by a musing after it.
    assertThat(open(Threads.chat(
        "U1", "Same vendor as last year?",
        "U2", "Their report was thin. I'd get two more quotes first.",
        "U3", "Agree, let's get quotes from two other vendors before deciding."))).isEmpty();
  }

  @Test
  void a_guess_that_goes_on_to_defer_answers_nothing() {
    assertThat(open(Threads.chat(
        "U1", "¿Hace falta avisar a los clientes del corte de esta mañana?",
        "U2", "Fueron doce minutos, no creo. Lo vemos en el postmortem."))).hasSize(1);
    // A guess about part of the answer is not the answer: "let's wait" is the answer here.
    assertThat(open(Threads.chat(
        "U1", "Should we switch the NS records to the secondary provider?",
        "U2", "NS changes take hours to propagate, by then it's probably over. Let's wait 30 min "
            + "and reassess."))).isEmpty();
  }

  @Test
  void yes_then_a_question_back_answers_a_yes_no_question() {
    assertThat(open(Threads.chat(
        "U1", "should we cache geocoding results so the bill doesnt scale with every visitor?",
        "U2", "yes pls, can you take it?"))).noneMatch(q -> q.startsWith("Should we cache"));
  }

  @Test
  void someone_who_asked_back_answers_when_they_come_back_to_it() {
    assertThat(open(Threads.chat(
        "U1", "customer wants a refund 5 weeks in. do we make an exception?",
        "U2", "what's the reason?",
        "U1", "they were double-billed in month 1",
        "U2", "then yes, full refund, the double billing was our fault"))).isEmpty();
  }

  @Test
  void a_deferral_keeps_it_open_with_when_it_is_to_be_settled() {
    assertThat(open(Threads.chat(
        "U1", "How long do we keep v1 alive?",
        "U2", "TBD, let's decide later once we see v2 adoption."))).singleElement().asString()
        .contains("let's decide later");
  }

  @Test
  void an_answer_that_muses_afterwards_still_answers() {
    assertThat(open(Threads.chat(
        "U1", "Why didn't staging catch this?",
        "U2", "Staging talks to the sandbox gateway. We'll check whether this is a real gap.")))
        .isEmpty();
  }

  @Test
  void an_answer_that_hedges_still_answers() {
    assertThat(open(Threads.chat(
        "U1", "How long would the data backfill take?",
        "U2", "Roughly a week, maybe less if we skip the archive."))).isEmpty();
    assertThat(open(Threads.chat(
        "U1", "Who has admin rights on the billing dashboard?",
        "U2", "I think Omar does."))).isEmpty();
  }

  @Test
  void a_guess_its_author_doubts_stays_open_until_someone_confirms_it() {
    assertThat(open(Threads.chat(
        "U1", "Who has admin rights on the billing dashboard?",
        "U2", "I think Omar does, not 100% sure though."))).containsExactly(
            "Who has admin rights on the billing dashboard? — <@U2>: I think Omar does, not 100% "
                + "sure though.");
    assertThat(open(Threads.chat(
        "U1", "Wer hat den Schlüssel für den Serverraum?",
        "U2", "Ich glaube Jonas, bin mir aber nicht sicher."))).hasSize(1);
    assertThat(open(Threads.chat(
        "U1", "Who has the Figma admin seat now? I need to add a contractor.",
        "U2", "I think Dora does, not sure though",
        "U3", "It's me. I'll add your contractor today, send me their email."))).isEmpty();
  }

  @Test
  void a_reply_that_only_hedges_or_leaves_it_to_someone_else_keeps_it_open() {
    assertThat(open(Threads.chat(
        "U1", "Who approves the travel budget?",
        "U2", "Maybe, let's bring it up at the planning."))).hasSize(1);
    assertThat(open(Threads.chat(
        "U1", "Who approves the travel budget?",
        "U2", "That's for Maria to decide at the quarterly review."))).singleElement()
        .asString().endsWith("— asked: Maria");
  }
}
