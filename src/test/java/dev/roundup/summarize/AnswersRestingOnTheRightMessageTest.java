package dev.roundup.summarize;

import static dev.roundup.summarize.TestConversations.ts;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An answer rests on the message that answers what was asked, not on one that shares its words:
 * "who will …?" on whoever said they would (or reported they did), with the question's verb;
 * "what is X?" and "how big …?" on a value stated; "what are the steps?" on the steps listed;
 * "when …?" on a time; a question about what was settled on the decision, not the option raised
 * before it; never on a message that asks it, not even on the remark before its question mark;
 * and a question in another language than the thread still finds its answer. English and French.
 */
class AnswersRestingOnTheRightMessageTest {

  private static final String ALICE = "U0ALICE";
  private static final String BORIS = "U0BORIS";
  private static final String PRIYA = "U0PRIYA";
  private static final String DANA = "U0DANA";
  private static final Map<String, String> NAMES =
      Map.of(ALICE, "alice", BORIS, "boris", PRIYA, "priya", DANA, "dana");

  private final ExtractiveAnswerer answerer = new ExtractiveAnswerer();

  private static Conversation thread(String... userThenText) {
    Conversation t = TestConversations.thread(userThenText);
    return new Conversation(t.channelId(), t.messages(), NAMES);
  }

  // Who: the one who said they would, with the question's verb.

  private static final Conversation INCIDENT = thread(
      BORIS, "Heads up: search latency went from 180 ms to 420 ms at p95 after the 4.2 release.",
      BORIS, "We can roll back the ranking model alone: it is behind the ranking_v2 flag.",
      ALICE, "Decision: we turn off ranking_v2 today. We ship the model again once p95 is back "
          + "under 200 ms on staging.",
      BORIS, "I'll flip the flag at 11:00 UTC and watch p95 for an hour.",
      ALICE, "<@U0PRIYA> can you update the status page once the flag is off?",
      PRIYA, "Will do.",
      BORIS, "Flag is off since 11:02 UTC. p95 is back at 185 ms.");

  @Test
  void who_will_do_it_is_who_said_they_would_not_a_request_naming_what_it_acts_on() {
    for (String question : List.of("who will flip the flag?", "who is flipping the flag and when?")) {
      Answer answer = answerer.answer(INCIDENT, question);

      assertThat(answer.found()).as(question).isTrue();
      assertThat(answer.sources()).as(question).first().isEqualTo(ts(3));
      // Worded as Boris's task ("Flip the flag at 11:00 UTC …") or quoted from his message.
      assertThat(answer.text()).as(question).contains(BORIS).containsIgnoringCase("flip the flag")
          .doesNotContain("status page");
    }
  }

  @Test
  void qui_va_le_faire_est_celui_qui_a_dit_le_faire_pas_une_demande_qui_en_parle() {
    Conversation c = thread(
        BORIS, "La latence de la recherche est passée de 180 ms à 420 ms après la version 4.2.",
        BORIS, "Je coupe le flag ranking_v2 à 11h00 et je surveille la latence pendant une heure.",
        ALICE, "<@U0PRIYA> tu peux mettre à jour la page de statut une fois le flag coupé ?",
        PRIYA, "Je m'en occupe.",
        BORIS, "Le flag est désactivé depuis 11h02, la latence est revenue à 185 ms.");

    Answer answer = answerer.answer(c, "qui coupe le flag ?");

    assertThat(answer.found()).isTrue();
    assertThat(answer.sources()).first().isEqualTo(ts(1));
    assertThat(answer.text()).contains(BORIS).doesNotContain("page de statut");
  }

  @Test
  void who_did_it_is_answered_by_its_author_reporting_it_without_saying_i() {
    Conversation c = thread(
        PRIYA, "INC-142: webhook deliveries are delayed by up to 25 minutes for EU workspaces.",
        BORIS, "Paged in. One of the three eu-1 workers is stuck on a retry loop.",
        BORIS, "Restarted the stuck worker; the queue is draining at about 2,000 per minute.",
        PRIYA, "Queue is back to normal as of 04:35 UTC.");

    Answer answer = answerer.answer(c, "who restarted the worker?");

    assertThat(answer.found()).isTrue();
    assertThat(answer.sources()).first().isEqualTo(ts(2));
    assertThat(answer.text()).contains(BORIS).contains("Restarted the stuck worker");
  }

  @Test
  void qui_l_a_fait_est_l_auteur_qui_le_rapporte_sans_dire_je() {
    Conversation c = thread(
        PRIYA, "INC-142 : les webhooks ont jusqu'à 25 minutes de retard pour l'Europe.",
        BORIS, "Un des trois workers eu-1 est bloqué dans une boucle de relance.",
        BORIS, "Redémarré le worker bloqué, la file se vide à environ 2 000 par minute.",
        PRIYA, "La file est revenue à la normale à 04h35.");

    Answer answer = answerer.answer(c, "qui a redémarré le worker ?");

    assertThat(answer.found()).isTrue();
    assertThat(answer.sources()).first().isEqualTo(ts(2));
    assertThat(answer.text()).contains(BORIS).contains("Redémarré le worker");
  }

  @Test
  void a_request_to_do_it_is_not_who_did_it() {
    Conversation c = thread(
        PRIYA, "INC-142: webhook deliveries are delayed for EU workspaces.",
        ALICE, "Restart the stuck worker, please.",
        PRIYA, "Queue is back to normal as of 04:35 UTC.");

    assertThat(answerer.answer(c, "who restarted the worker?").found()).isFalse();
  }

  // What is X, how big: a value stated.

  @Test
  void what_is_x_is_answered_by_the_value_stated_not_by_x_mentioned_beside_a_time() {
    Answer answer = answerer.answer(INCIDENT, "what is p95 now?");

    assertThat(answer.found()).isTrue();
    assertThat(answer.sources()).first().isEqualTo(ts(6));
    assertThat(answer.text()).contains("p95 is back at 185 ms").doesNotContain("flip");
  }

  @Test
  void how_big_asks_for_a_size_the_thread_need_not_call_big() {
    Conversation c = thread(
        PRIYA, "INC-142: webhook deliveries are delayed by up to 25 minutes for EU workspaces.",
        PRIYA, "Started around 02:50 UTC. The queue depth for the eu-1 delivery workers is at "
            + "48,000 and growing.",
        BORIS, "Restarted the stuck worker; the queue is draining at about 2,000 per minute.",
        PRIYA, "Queue is back to normal as of 04:35 UTC.");

    Answer answer = answerer.answer(c, "how big was the queue?");

    assertThat(answer.found()).isTrue();
    assertThat(answer.sources()).first().isEqualTo(ts(1));
    assertThat(answer.text()).contains("48,000");
  }

  @Test
  void combien_demande_une_valeur_enoncee() {
    Conversation c = thread(
        PRIYA, "INC-142 : les webhooks ont du retard pour l'Europe.",
        BORIS, "J'ai redémarré le worker, la file se vide doucement depuis 04h10.",
        PRIYA, "La file est à 48 000 messages et elle monte encore.",
        PRIYA, "La file est revenue à la normale à 04h35.");

    Answer answer = answerer.answer(c, "combien de messages dans la file ?");

    assertThat(answer.found()).isTrue();
    assertThat(answer.sources()).first().isEqualTo(ts(2));
    assertThat(answer.text()).contains("48 000");
  }

  // What are the steps: the steps listed.

  @Test
  void what_are_the_steps_is_answered_by_the_steps_listed() {
    Conversation c = thread(
        DANA, "Onboarding checklist: the current one has 7 steps and only 22% finish it.",
        DANA, "Let's go with the 3-step checklist: invite your team, connect a channel, try a "
            + "summary.",
        DANA, "I'll write the copy for the three steps by Wednesday.");

    Answer answer = answerer.answer(c, "what are the three steps?");

    assertThat(answer.found()).isTrue();
    assertThat(answer.sources()).first().isEqualTo(ts(1));
    assertThat(answer.text()).contains("invite your team, connect a channel, try a summary");
  }

  @Test
  void quelles_sont_les_etapes_trouve_les_etapes_enumerees() {
    Conversation c = thread(
        DANA, "Checklist d'accueil : l'actuelle a 7 étapes et seules 22 % des équipes la finissent.",
        DANA, "On part sur la checklist en 3 étapes : inviter l'équipe, connecter un canal, "
            + "essayer un résumé.",
        DANA, "J'écris les textes des trois étapes d'ici mercredi.");

    Answer answer = answerer.answer(c, "quelles sont les trois étapes ?");

    assertThat(answer.found()).isTrue();
    assertThat(answer.sources()).first().isEqualTo(ts(1));
    assertThat(answer.text()).contains("inviter l'équipe, connecter un canal");
  }

  // A message that asks is no answer, not even the remark before its question.

  @Test
  void the_remark_before_the_question_is_not_the_answer_the_reply_is() {
    Conversation c = thread(
        DANA, "Onboarding checklist: I'd like to cut it down from 7 steps.",
        ALICE, "Looks good. What happens to teams that already started the 7-step checklist?",
        DANA, "They keep their progress; we only show the new list to new teams.");

    Answer answer = answerer.answer(c, "what happens to teams that already started?");

    assertThat(answer.found()).isTrue();
    assertThat(answer.sources()).first().isEqualTo(ts(2));
    assertThat(answer.text()).contains("keep their progress").doesNotContain("Looks good");
  }

  @Test
  void la_remarque_avant_la_question_n_est_pas_la_reponse() {
    Conversation c = thread(
        DANA, "Checklist d'accueil : je voudrais passer de 7 étapes à 3.",
        ALICE, "Ça me va. Que deviennent les équipes qui ont déjà commencé la checklist ?",
        DANA, "Elles gardent leur progression ; seules les nouvelles équipes voient la liste.");

    Answer answer = answerer.answer(c, "que deviennent les équipes qui ont déjà commencé ?");

    assertThat(answer.found()).isTrue();
    assertThat(answer.sources()).first().isEqualTo(ts(2));
    assertThat(answer.text()).contains("gardent leur progression").doesNotContain("Ça me va");
  }

  // When: a time, or not found.

  @Test
  void when_asked_back_and_never_answered_is_not_found_and_with_a_time_it_is() {
    String[] asked = {
        ALICE, "Kicking off the launch thread. Open items: billing, the status page, the embargo.",
        DANA, "<@U0PRIYA> please review the press release draft before the embargo lifts.",
        PRIYA, "Will do. When exactly does the embargo lift, 9am Pacific or 9am Eastern?",
        ALICE, "Thanks everyone, this is great progress!"};
    assertThat(answerer.answer(thread(asked), "when does the embargo lift?").found()).isFalse();

    Answer answered = answerer.answer(thread(asked[0], asked[1], asked[2], asked[3], asked[4],
        asked[5], DANA, "The embargo lifts Tuesday at 9am Eastern."), "when does the embargo lift?");
    assertThat(answered.found()).isTrue();
    assertThat(answered.sources()).first().isEqualTo(ts(3));
  }

  @Test
  void quand_sans_date_n_est_pas_trouve() {
    Conversation c = thread(
        ALICE, "Fil du lancement. Points ouverts : la facturation, la page de statut, l'embargo.",
        DANA, "<@U0PRIYA> relis le communiqué avant la levée de l'embargo.",
        PRIYA, "Ok. L'embargo est levé à quelle heure exactement, 9h à Paris ou 9h à New York ?",
        ALICE, "Merci à tous, super avancée !");

    assertThat(answerer.answer(c, "quand l'embargo est-il levé ?").found()).isFalse();
  }

  // What was settled: the decision, not the option before it.

  @Test
  void where_things_stand_is_the_decision_not_the_option_it_settled() {
    Answer answer = answerer.answer(INCIDENT, "is the ranking model coming back?");

    assertThat(answer.found()).isTrue();
    assertThat(answer.sources()).first().isEqualTo(ts(2));
    assertThat(answer.text()).contains("ship the model again");
  }

  // A French thread: where, when, and a question in English.

  private static final Conversation OFFSITE = thread(
      ALICE, "Séminaire d'équipe : il faut choisir la ville et les dates. Lyon ou Bordeaux ?",
      BORIS, "Lyon, c'est plus simple en train pour tout le monde.",
      DANA, "Je préfère Lyon aussi. Mi-mars, ça vous va ?",
      ALICE, "C'est décidé : on part à Lyon, du 15 au 17 mars.",
      BORIS, "Je réserve l'hôtel cette semaine.",
      DANA, "Je m'occupe des billets de train.");

  @Test
  void ou_et_quand_sont_repondus_par_la_decision() {
    for (String question : List.of("où va-t-on ?", "quelles sont les dates ?")) {
      Answer answer = answerer.answer(OFFSITE, question);

      assertThat(answer.found()).as(question).isTrue();
      assertThat(answer.sources()).as(question).first().isEqualTo(ts(3));
      assertThat(answer.text()).as(question).contains("Lyon, du 15 au 17 mars");
    }
  }

  @Test
  void a_question_in_english_finds_its_answer_in_a_french_thread() {
    for (String question : List.of("who is booking the hotel?", "qui réserve l'hôtel ?")) {
      Answer answer = answerer.answer(OFFSITE, question);

      assertThat(answer.found()).as(question).isTrue();
      assertThat(answer.sources()).as(question).first().isEqualTo(ts(4));
      assertThat(answer.text()).as(question).contains(BORIS);
    }
  }

  @Test
  void a_question_in_english_nothing_in_a_french_thread_answers_is_not_found() {
    assertThat(answerer.answer(OFFSITE, "who is paying for the dinner?").found()).isFalse();
  }

  // Where things stand: a decision reversed later is not the answer.

  @Test
  void a_place_decided_and_then_changed_is_answered_by_the_change() {
    Conversation offsite = thread(
        ALICE, "Where do we hold the offsite in March: Lisbon or keep it in Berlin?",
        BORIS, "Lisbon is cheaper for flights from NY, and the venue has rooms for all 40 of us.",
        ALICE, "OK, decision: the offsite is in Lisbon, 12-14 March.",
        PRIYA, "I'll book the venue in Lisbon by Friday.",
        DANA, "Wait, half the Berlin team can't travel that week because of the audit.",
        ALICE, "Change of plan: we keep the offsite in Berlin, same dates. Lisbon is off.");
    for (String question : List.of("where is the offsite?", "what did we decide about the offsite?")) {
      Answer answer = answerer.answer(offsite, question);

      assertThat(answer.found()).as(question).isTrue();
      assertThat(answer.sources()).as(question).first().isEqualTo(ts(5));
      assertThat(answer.text()).as(question).contains("Berlin").doesNotContain("in Lisbon, 12-14");
    }
  }
}
