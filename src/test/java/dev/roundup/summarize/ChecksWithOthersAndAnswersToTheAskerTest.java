package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A check with someone else taken on after a clause of its own ("hmm good q, let me check with
 * HR", "je vois avec la direction si …", "se lo pregunto a Rubén", "gute Frage, das kläre ich mit
 * dem Monitor", "vejo com o fornecedor"); time asked for the work named ("give me till wednesday
 * to dig them out"); a plan in a clause after another ("…, i'm calling the okafors myself today");
 * a request by name after an "and" ("and callum, extend T7 …"); an answer that tells the asker
 * what to do ("yes, ask the security co for a night guard"). Each with the near miss that stays
 * no item: a condition ("if i can get in the room"), an offer after a question to someone ("do
 * you need a hand? i can bring …"), a rule told by name ("and cara, from now on …"), what one will
 * not do ("no le digo nada"), a noun before a time ("anuncio del capitán a las 18:00"), a home
 * ("eu moro no 7º"), a view ("je vois avec plaisir", "vejo com bons olhos"), a reason ("lo
 * pregunto porque …"), a tip taken to heart ("danke, nehme ich mit"), thanks by name.
 */
class ChecksWithOthersAndAnswersToTheAskerTest {

  private static List<ActionItem> items(String... userTextPairs) {
    return ActionItemDetector.detect(Threads.namedAfterIds(userTextPairs)).stream()
        .map(Detection::value).toList();
  }

  private static List<String> owners(String... userTextPairs) {
    return items(userTextPairs).stream().map(ActionItem::owner).collect(Collectors.toList());
  }

  private static List<String> open(String... userTextPairs) {
    return OpenQuestionDetector.detect(Threads.namedAfterIds(userTextPairs), Set.of()).stream()
        .map(d -> d.value().text()).toList();
  }

  @Test
  void a_check_with_someone_after_a_clause_of_its_own_is_a_task() {
    assertThat(items(
        "ULOU", "do ambassadors get paid for the training session? couple of them asked",
        "URACHEL", "hmm good q, let me check with HR",
        "ULOU", "thanks"))
        .singleElement().satisfies(item -> {
          assertThat(item.owner()).isEqualTo("URACHEL");
          assertThat(item.text()).isEqualTo("Check with HR");
        });
    assertThat(owners(
        "UJO", "can we refund the runner whose chip fell off at km 3?",
        "UGAIL", "hm not sure, let me ask the committee",
        "UJO", "ok")).containsExactly("UGAIL");
    // Time to think, or a look taken in passing, is no task.
    assertThat(items(
        "ULOU", "do ambassadors get paid for the training session?",
        "URACHEL", "hmm good q, let me think",
        "ULOU", "thanks")).isEmpty();
    assertThat(items(
        "ULOU", "the reminder texts went out an hour early",
        "URACHEL", "oh, let me look",
        "ULOU", "thanks")).isEmpty();
  }

  @Test
  void the_same_check_in_french_spanish_portuguese_and_german() {
    assertThat(owners(
        "UYANN", "et les repas du soir, c'est pris en charge par la compagnie ?",
        "UCLAIRE", "bonne question. je vois avec la direction si on peut les prendre en charge, "
            + "je reviens vers toi",
        "UYANN", "merci")).containsExactly("UCLAIRE");
    assertThat(owners(
        "UDIEGO", "¿y fraude lee alguna de esas features del online store?",
        "UMARINA", "no lo sé de memoria, se lo pregunto a Rubén",
        "UDIEGO", "vale")).containsExactly("UMARINA");
    assertThat(owners(
        "URITA", "precisamos de uma tampa de inox para o ralo da cozinha, alguém conhece?",
        "UFELIPE", "vejo com o fornecedor de cozinha industrial, mas acho que vai ter que ser sob medida",
        "URITA", "valeu")).containsExactly("UFELIPE");
    assertThat(owners(
        "UUWE", "müssen wir das als Protokollabweichung melden?",
        "UBIRGIT", "gute Frage, das kläre ich mit dem Monitor",
        "UUWE", "danke")).containsExactly("UBIRGIT");
    assertThat(owners(
        "UJONAS", "sollen wir den Freigabe-Cutoff auf WD2 vorziehen?",
        "UKATRIN", "guter Punkt, will ich aber erst mit dem Einkaufsleiter besprechen. nehm ich mit "
            + "in den Jour fixe nächste Woche",
        "UJONAS", "ok")).containsExactly("UKATRIN");
  }

  @Test
  void a_view_a_reason_or_a_tip_taken_to_heart_is_no_check() {
    assertThat(items(
        "UMARC", "on a enfin nos mercredis après-midi libres",
        "UCLAIRE", "je vois avec plaisir qu'on a enfin nos mercredis",
        "UMARC", "oui")).isEmpty();
    assertThat(items(
        "UMARC", "le devis est parti ?",
        "UCLAIRE", "je vois avec Marc que le devis est déjà validé",
        "UMARC", "top")).isEmpty();
    assertThat(items(
        "URITA", "o fornecedor baixou o preço em 10%",
        "UFELIPE", "vejo com bons olhos, o preço caiu",
        "URITA", "pois é")).isEmpty();
    assertThat(items(
        "UDIEGO", "¿hay que declarar las horas extra del sábado?",
        "UMARINA", "lo pregunto porque el año pasado hubo follón con eso",
        "UDIEGO", "ya")).isEmpty();
    assertThat(items(
        "UJONAS", "probier mal den Shortcut Strg+Umschalt+V, spart viel Zeit",
        "UKATRIN", "danke, nehme ich mit",
        "UJONAS", "gern")).isEmpty();
    assertThat(items(
        "UJONAS", "ist der Kunde noch sauer wegen der Lieferung?",
        "UKATRIN", "das sag ich dir, der Kunde ist richtig sauer",
        "UJONAS", "oh")).isEmpty();
  }

  @Test
  void what_one_will_not_do_a_noun_before_an_hour_and_a_home_are_no_tasks() {
    assertThat(items(
        "URAQUEL", "ok, vaso grande cerrado hasta nuevo aviso",
        "UPILAR", "trabajo a las 9 todos los días, así que por la mañana no puedo",
        "URAQUEL", "vale")).isEmpty();
    assertThat(items(
        "UMARTA", "no le prometáis nada a la clienta todavía",
        "ULUCIA", "ok, no le digo nada de eso",
        "UMARTA", "gracias")).isEmpty();
    assertThat(items(
        "UMARTA", "¿qué les decimos a los pasajeros?",
        "ULUCIA", "anuncio del capitán a las 18:00, antes nadie dice nada oficial",
        "UMARTA", "ok")).isEmpty();
    assertThat(items(
        "URITA", "a votação do elevador foi aprovada",
        "UFATIMA", "eu moro no 7º e subo a pé há 5 meses. por mim já devia ter sido ontem",
        "URITA", "pois")).isEmpty();
  }

  @Test
  void time_asked_for_named_work_and_a_plan_after_a_clause_are_tasks() {
    assertThat(items(
        "URAJ", "<@UCOLIN> do you still have the 2018 recon outputs?",
        "UCOLIN", "should do, they're on the archive share somewhere. give me till wednesday to "
            + "dig them out",
        "URAJ", "great"))
        .singleElement().satisfies(item -> {
          assertThat(item.owner()).isEqualTo("UCOLIN");
          assertThat(item.text()).endsWith("Dig them out");
        });
    assertThat(items(
        "URACHEL", "the okafors booked the 14th too, it's a double booking",
        "UMARIA", "then hendersons keep the 14th. we don't do this over text or email, i'm calling "
            + "the okafors myself today",
        "URACHEL", "ok"))
        .singleElement().satisfies(item -> {
          assertThat(item.owner()).isEqualTo("UMARIA");
          assertThat(item.text()).containsIgnoringCase("calling the okafors myself today");
        });
    // A condition offers nothing; nor does time asked to rest, a check with the one asking, or
    // an -ing that is no work.
    assertThat(items(
        "UBETH", "how long to fix the turnstiles?",
        "URAJ", "10 min if i can get in the room, stewards have the key",
        "UBETH", "ok")).isEmpty();
    assertThat(items(
        "UBETH", "can you take the vendor review this week?",
        "URAJ", "honestly, give me till monday to recover from this week first lol",
        "UBETH", "fair")).isEmpty();
    assertThat(items(
        "UBETH", "are the new rates final?",
        "URAJ", "not sure tbh, let me check with you tomorrow",
        "UBETH", "ok")).isEmpty();
    assertThat(items(
        "UBETH", "can you make the 4pm?",
        "URAJ", "sorry, i'm taking the kids to the dentist today",
        "UBETH", "no worries")).isEmpty();
  }

  @Test
  void a_request_by_name_after_an_and_is_the_named_ones_task_but_a_rule_told_is_not() {
    assertThat(items(
        "UFIONA", "ok everyone stop in T7 until ade has looked",
        "UADE", "on my way",
        "UFIONA", "and callum, extend T7 by hand 3m south tomorrow to check that second cut",
        "UCALLUM", "👍"))
        .singleElement().satisfies(item -> {
          assertThat(item.owner()).isEqualTo("UCALLUM");
          assertThat(item.text()).startsWith("Extend T7 by hand");
        });
    // The "and" opening a sentence is written with its capital as often as without.
    assertThat(items(
        "UFIONA", "ok everyone stop in T7 until ade has looked",
        "UFIONA", "And callum, extend T7 by hand tomorrow",
        "UCALLUM", "👍"))
        .singleElement().satisfies(item -> assertThat(item.owner()).isEqualTo("UCALLUM"));
    assertThat(items(
        "UCARA", "sorry, i merged the two records without checking",
        "UDEV", "and cara, from now on no merges without checking with me first",
        "UCARA", "ok")).isEmpty();
    assertThat(items(
        "UFIONA", "we're moving the standup to 9:30",
        "UFIONA", "and tom, the client loved the deck",
        "UTOM", "👍")).isEmpty();
    assertThat(items(
        "UFIONA", "the survey is done for today. sam, thanks for covering the late shift",
        "USAM", "👍")).isEmpty();
    // A time first, then asked: still a request.
    assertThat(owners(
        "UFIONA", "the caterer hasn't confirmed numbers",
        "UFIONA", "and sam, tomorrow can you call the caterer first thing",
        "USAM", "will do")).containsExactly("USAM");
  }

  @Test
  void an_offer_after_a_question_to_someone_is_the_speakers_own() {
    assertThat(owners(
        "UDOM", "i've got a spare lead in the van. need 15 mins to reroute it along the fence",
        "USAM", "<@UDOM> do you need a hand? i can bring the cable cups",
        "UDOM", "yes pls, bring the cups and some gaffer")).containsExactly("USAM");
    // A request after the question, beside the speaker's own part, is still asked.
    assertThat(owners(
        "UJO", "setlists are on the shared drive",
        "USAM", "<@UKIM> did you print the setlists? if not pls do, i'll laminate them",
        "UKIM", "on it")).contains("UKIM");
  }

  @Test
  void an_answer_telling_the_asker_what_to_do_is_their_task_and_answers_the_question() {
    String[] thread = {
        "UCALLUM", "overnight security? skulls on instagram is not a good look",
        "UFIONA", "yes, ask the security co for a night guard until the burial's lifted",
        "UCALLUM", "will do"};
    assertThat(items(thread))
        .singleElement().satisfies(item -> {
          assertThat(item.owner()).isEqualTo("UCALLUM");
          assertThat(item.text()).startsWith("Ask the security co for a night guard");
        });
    assertThat(open(thread)).isEmpty();
    // A no that does not know still leaves it open, and "put it this way" asks nothing.
    assertThat(open(
        "ULOU", "do ambassadors get paid for the training session?",
        "URACHEL", "no, ask HR, i genuinely have no clue",
        "ULOU", "ok")).hasSize(1);
    assertThat(items(
        "ULOU", "has anyone opened the old wiki lately?",
        "URACHEL", "ok, put it this way: nobody has opened it since march",
        "ULOU", "👍")).isEmpty();
    // Not taken on, it is nobody's.
    assertThat(owners(
        "UCALLUM", "overnight security?",
        "UFIONA", "yes, ask the security co for a night guard until the burial's lifted",
        "UADE", "the trench is covered anyway")).doesNotContain("UCALLUM");
  }

  @Test
  void an_acknowledgement_in_japanese_does_not_swallow_the_commitment_after_it() {
    assertThat(items(
        "UTANAKA", "では修理後は張力70%制限で運用、深層CTDは3,000mまでに制限",
        "UYAMAMOTO", "了解です、観測計画を修正して共有します"))
        .singleElement().satisfies(item -> assertThat(item.owner()).isEqualTo("UYAMAMOTO"));
    assertThat(items(
        "UTANAKA", "資料を共有しました",
        "UYAMAMOTO", "ありがとうございます、助かります")).isEmpty();
  }
}
