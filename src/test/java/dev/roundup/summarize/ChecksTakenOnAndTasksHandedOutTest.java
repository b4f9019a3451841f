package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Ways of taking a task on, or handing one out, that teams write in every language: a check
 * promised after a guess ("i don't think so, but let me check with compliance", "muss ich mit
 * Compliance klären", "déjame confirmarlo con la gestoría"); the verb first or after a clause
 * ("weiß ich nicht, frag ich nach", "ich sag dem PO bescheid"); a task said in the third person
 * by whoever hands it out ("ken writes the script", "ok, rafael pega os ternos de manhã"); an
 * acceptance by gerund or emoji ("abrindo", "👌"); a yes with a verb of its own to "can you ask
 * them?"; work started ("👍 briefing the drivers now"). Each with the near miss that stays no
 * item: a promise only to tell ("ich sag euch bescheid, wenn …"), time asked for ("déjame
 * pensarlo"), a habit ("ken runs late"), a noun that ends in -ing ("booking fee too").
 */
class ChecksTakenOnAndTasksHandedOutTest {

  private static List<ActionItem> items(String... userTextPairs) {
    return ActionItemDetector.detect(Threads.namedAfterIds(userTextPairs)).stream()
        .map(Detection::value).toList();
  }

  private static List<String> owners(String... userTextPairs) {
    return items(userTextPairs).stream().map(ActionItem::owner).collect(Collectors.toList());
  }

  @Test
  void a_check_promised_after_a_guess_is_a_task() {
    assertThat(items(
        "USANDRA", "do we have to notify NCUA or the state regulator for this?",
        "UMARTA", "not a breach of our systems so i don't think so, but let me check with compliance",
        "USANDRA", "thanks"))
        .singleElement().satisfies(item -> {
          assertThat(item.owner()).isEqualTo("UMARTA");
          assertThat(item.text()).isEqualTo("Check with compliance");
        });
    assertThat(items(
        "UELLIE", "are we allowed to do overtime this weekend? my contract says 30h",
        "UCARLA", "good q, for temps i honestly don't know, checking with the agency",
        "UELLIE", "ok"))
        .singleElement().satisfies(item -> {
          assertThat(item.owner()).isEqualTo("UCARLA");
          assertThat(item.text()).startsWith("Checking with the agency");
        });
    assertThat(items(
        "USANDRA", "do we have to notify NCUA or the state regulator for this?",
        "UMARTA", "i don't think so, but let me think about it",
        "USANDRA", "thanks")).isEmpty();
    assertThat(items(
        "USANDRA", "should we rebuild the whole dashboard before the audit?",
        "UMARTA", "sure, but let me play devil's advocate here: nobody reads it",
        "USANDRA", "fair")).isEmpty();
  }

  @Test
  void a_check_promised_in_german_spanish_french_and_portuguese() {
    assertThat(owners(
        "UJONAS", "kurze Frage: gilt der Freeze auch für Feature-Flag-Änderungen? die Zinsaktion "
            + "soll am 1.1. per Flag live gehen",
        "UANKE", "gute Frage… ehrlich gesagt keine Ahnung. muss ich mit Compliance klären",
        "UJONAS", "danke")).containsExactly("UANKE");
    assertThat(owners(
        "UJAVI", "oye, ¿me va a salir en la renta como si hubiera cobrado el doble?",
        "ULUCIA", "buena pregunta. creo que no porque la retención solo se declaró una vez, pero "
            + "déjame confirmarlo con la gestoría",
        "UJAVI", "vale, gracias")).containsExactly("ULUCIA");
    assertThat(owners(
        "UMARC", "est-ce qu'on peut passer ces frais sur le budget de l'événement ?",
        "UCLAIRE", "bonne question, laisse-moi vérifier avec la compta",
        "UMARC", "merci")).containsExactly("UCLAIRE");
    assertThat(owners(
        "UTHIAGO", "a gente pode usar as fotos dos clientes no site sem pedir de novo?",
        "URENATA", "acho que não, deixa eu confirmar com o jurídico",
        "UTHIAGO", "beleza")).containsExactly("URENATA");
  }

  @Test
  void opinions_habits_and_questions_of_ones_own_are_no_check_promised() {
    assertThat(items(
        "UJONAS", "wir könnten die Inventur einfach auf Januar schieben",
        "UANKE", "da muss ich widersprechen, das geht so nicht",
        "UJONAS", "ok")).isEmpty();
    assertThat(items(
        "UJONAS", "können wir das Budget nicht einfach verdoppeln?",
        "UANKE", "muss ich mir noch überlegen")).isEmpty();
    assertThat(items(
        "UJAVI", "¿hablaste con ellos el lunes?",
        "ULUCIA", "déjame preguntarte una cosa, tú hablaste con ellos antes que yo")).isEmpty();
    assertThat(items(
        "UTHIAGO", "vocês falaram com o fornecedor ontem?",
        "URENATA", "deixa eu perguntar uma coisa, vocês falaram com eles antes?")).isEmpty();
    assertThat(items(
        "UJONAS", "der neue Kunde hat schon wieder angerufen",
        "UANKE", "ich sag dir, der ist echt anstrengend")).isEmpty();
  }

  @Test
  void asking_for_time_or_only_promising_news_is_no_task() {
    assertThat(items(
        "UJAVI", "¿me va a salir en la renta como si hubiera cobrado el doble?",
        "ULUCIA", "creo que no, déjame pensarlo",
        "UJAVI", "vale")).isEmpty();
    assertThat(items(
        "UMARC", "est-ce qu'on peut passer ces frais sur le budget de l'événement ?",
        "UCLAIRE", "laisse-moi réfléchir",
        "UMARC", "ok")).isEmpty();
    assertThat(items(
        "UJENS", "der Techniker kommt heute zwischen 14 und 16 Uhr wegen der Box 2",
        "USTEFFI", "ich sag euch bescheid, wenn der techniker da ist",
        "UJENS", "danke")).isEmpty();
  }

  @Test
  void a_german_task_with_the_verb_first_or_after_a_clause() {
    assertThat(items(
        "UJONAS", "die Überweisungslimit-Story schaffen wir nicht mehr vor dem Freeze",
        "USTEFAN", "ok, schade aber verständlich. ich sag dem PO bescheid",
        "UJONAS", "passt"))
        .singleElement().satisfies(item -> assertThat(item.owner()).isEqualTo("USTEFAN"));
    assertThat(items(
        "UJANA", "Aufsteller an der Kasse? Felix, gibts da Material von Haferwerk?",
        "UFELIX", "weiß ich nicht, frag ich nach",
        "UJANA", "danke"))
        .singleElement().satisfies(item -> {
          assertThat(item.owner()).isEqualTo("UFELIX");
          assertThat(item.text()).isEqualTo("Frag ich nach");
        });
    assertThat(items(
        "UELIF", "gibts nachts auch kaffee oder muss ich meinen eigenen mitbringen",
        "UJONAS", "kaffee gibts rund um die uhr")).isEmpty();
    assertThat(items(
        "UJONAS", "Und die Werkstatt? Sabine, du hast seit Jahren keine Maschine mehr angefasst",
        "USABINE", "Muss ich auch nicht, dafür haben wir ja dich")).isEmpty();
  }

  @Test
  void what_is_said_before_a_commitment_stays_in_its_words_unless_it_only_does_not_know() {
    assertThat(items(
        "UCLARA", "quem manda o relatório da auditoria pro cliente?",
        "UBRUNO", "o relatório da auditoria, eu envio amanhã"))
        .singleElement().satisfies(item -> assertThat(item.text()).contains("relatório"));
  }

  @Test
  void a_bare_taking_after_the_speakers_own_task_is_no_second_item() {
    assertThat(items(
        "USVEN", "wer haftet eigentlich wenn nachts jemand umkippt? ist das über unsere "
            + "versicherung gedeckt?",
        "UJONAS", "gute frage, muss ich bei der allianz nachhaken. mach ich diese woche",
        "USVEN", "top"))
        .singleElement().satisfies(item -> {
          assertThat(item.owner()).isEqualTo("UJONAS");
          assertThat(item.text()).containsIgnoringCase("allianz");
        });
    // Unless it answers a request put to the speaker: then it takes that on.
    assertThat(items(
        "UJANA", "Felix, kannst du bitte die Aufsteller für die Kasse bestellen?",
        "UFELIX", "ich schreib dem Lieferanten wegen der Rechnung. mach ich morgen",
        "UJANA", "danke"))
        .anySatisfy(item -> assertThat(item.text()).containsIgnoringCase("Aufsteller"));
  }

  @Test
  void a_task_said_in_the_third_person_by_whoever_hands_it_out() {
    assertThat(items(
        "UALICIA", "hiring freeze is confirmed. what about the 4 pending offers?",
        "UKEN", "careful with keep-warm language, nothing in writing that reads like a deferral",
        "UALICIA", "pending offers get rescinded, every one of them. ken writes the script",
        "UDANA", "ok"))
        .anySatisfy(item -> {
          assertThat(item.owner()).isEqualTo("UKEN");
          assertThat(item.text()).isEqualTo("Write the script");
        });
    assertThat(items(
        "UKEN", "morning all, the offsite room is booked",
        "UALICIA", "who's around on friday for the offsite?",
        "UDANA", "ken runs late on fridays, just so you know",
        "UDANA", "and dana leads the platform team, ask her about the room")).isEmpty();
    assertThat(items(
        "UBIA", "e os ternos? são 18 na fila",
        "URAFAEL", "terno é mais rápido",
        "UCLAUDIA", "ok, rafael pega os ternos de manhã",
        "UBIA", "👍"))
        .anySatisfy(item -> {
          assertThat(item.owner()).isEqualTo("URAFAEL");
          assertThat(item.text()).startsWith("Rafael pega os ternos");
        });
    assertThat(items(
        "UANDRES", "la furgoneta 2 queda libre por la tarde desde el lunes",
        "UPACO", "uf, vale. pero entonces no llego a la ruta de tarde",
        "ULUCIA", "ok, andres cubre la ruta de tarde estas dos semanas",
        "UPACO", "gracias"))
        .anySatisfy(item -> assertThat(item.owner()).isEqualTo("UANDRES"));
    assertThat(items(
        "URAFAEL", "hoje não venho, avisei ontem",
        "UCLAUDIA", "ok, rafael faz aniversário hoje, tirou folga",
        "UBIA", "parabéns!")).isEmpty();
    assertThat(items(
        "URENATA", "o fornecedor mudou o prazo de novo",
        "UCLAUDIA", "ok, isso vai demorar")).isEmpty();
  }

  @Test
  void the_speakers_own_task_after_one_handed_out_is_kept_and_a_sign_off_is_not() {
    assertThat(owners(
        "ULINDA", "the lookback covers results between 14 and 60 on that lot",
        "UCHIDI", "yes. rachel pulls the list, i'll review anything under the 99th percentile "
            + "cutoff that could be over it",
        "URACHEL", "on it")).contains("URACHEL", "UCHIDI");
    assertThat(owners(
        "UGARETH", "the mobile crane needs its own lift plan and a road closure permit",
        "UGARETH", "<@UDEV> can you draft the lift plan today, i'll sign it tonight",
        "UDEV", "yep")).contains("UDEV").doesNotContain("UGARETH");
  }

  @Test
  void a_request_by_name_taken_on_by_a_gerund_or_an_emoji() {
    assertThat(owners(
        "UTHIAGO", "o fornecedor guarda as gravações 90 dias, não sei do backup",
        "UTHIAGO", "camila, abre chamado com o fornecedor da telefonia perguntando isso",
        "UCAMILA", "abrindo")).containsExactly("UCAMILA");
    assertThat(owners(
        "UTHIAGO", "el proveedor guarda las grabaciones 90 días, no sé del backup",
        "UTHIAGO", "camila, abre un ticket con el proveedor de telefonía preguntando eso",
        "UCAMILA", "abriendo")).containsExactly("UCAMILA");
    assertThat(items(
        "UTHIAGO", "o fornecedor guarda as gravações 90 dias, não sei do backup",
        "UTHIAGO", "camila, abre chamado com o fornecedor da telefonia perguntando isso",
        "UCAMILA", "almoçando")).isEmpty();
    assertThat(owners(
        "UJADE", "my partner can drop the keys at the office tomorrow 8am",
        "UABBY", "perfect. kit grab the keys from the office at 8:15",
        "UKIT", "👌")).containsExactly("UKIT");
    assertThat(items(
        "UJADE", "my partner can drop the keys at the office tomorrow 8am",
        "UABBY", "perfect. kit grab the keys from the office at 8:15",
        "UKIT", "lol")).isEmpty();
    assertThat(items(
        "UJADE", "my partner can drop the keys at the office tomorrow 8am",
        "UABBY", "perfect. kit grab the keys from the office at 8:15",
        "UKIT", "👍 but can't before 9, sorry")).isEmpty();
  }

  @Test
  void a_yes_with_a_verb_of_its_own_takes_on_what_was_asked() {
    assertThat(items(
        "UDANA", "any chance they give some of that back? it's clearly our mistake",
        "ULUPE", "our AE said once they sometimes do a one-off credit. no promises",
        "UDANA", "can you ask them?",
        "ULUPE", "yes i'll email her today"))
        .singleElement().satisfies(item -> assertThat(item.owner()).isEqualTo("ULUPE"));
    assertThat(items(
        "UDANA", "any chance they give some of that back? it's clearly our mistake",
        "ULUPE", "our AE said once they sometimes do a one-off credit. no promises",
        "UDANA", "can you ask them?",
        "ULUPE", "yes i'll try")).isEmpty();
  }

  @Test
  void work_started_by_its_verb_but_not_a_noun_in_ing() {
    assertThat(items(
        "UMARTA", "ok. rig 2 does anti-ice only, 1 and 3 do the type I and 2 follows behind",
        "USHANE", "👍 briefing the drivers now"))
        .singleElement().satisfies(item -> {
          assertThat(item.owner()).isEqualTo("USHANE");
          assertThat(item.text()).startsWith("Briefing the drivers");
        });
    assertThat(items(
        "UMIKE", "do we refund the whole ticket for cancelled sailings?",
        "UGEMMA", "yes booking fee too. do it manually if the system won't")).extracting(
            ActionItem::text).noneMatch(t -> t.startsWith("Booking"));
  }
}
