package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * First-person words that promise nothing to do ({@link PassingRemarks}): making the call later
 * ("I'll make the call tomorrow", 「明日最終判断します」), a vote cast in the discussion ("je vote
 * le théâtre", "yo voto por el teatro", "yo digo que sí"), and a promise for a case that may
 * never come ("I'll call the council myself if it comes to that"). Near misses that name a deed,
 * or what would set it off, stay tasks.
 */
class CallsVotesAndCasesThatMayNotComeTest {

  private static List<ActionItem> actions(String... userTextPairs) {
    return Threads.actionItems(userTextPairs);
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      Vault or Doppler for the secrets store? | we have until friday. I'll make the call tomorrow
      dos presupuestos, Vault y Doppler. | lo decido yo mañana
      VaultかDopplerか | 2案で明日最終判断します
      """)
  void promising_to_make_the_call_leaves_no_task(String situation, String said) {
    assertThat(actions("UA", situation, "UB", said)).isEmpty();
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      zwei Hallen gehen, die Turnhalle oder das Theater. | nicht perfekt, aber ich stimme für das Theater
      deux salles possibles, le gymnase ou le théâtre de Villeneuve. | c'est pas parfait mais entre les deux je vote le théâtre
      dos salas posibles, el polideportivo o el teatro. | no es perfecto pero yo voto por el teatro
      duas salas possíveis, o ginásio ou o teatro. | não é perfeito mas eu voto no teatro
      should we post on social asking for nougat specifically? | i say yes, people respond to concrete asks
      posten wir einen Aufruf für Spielzeug? | ich sag ja, die Leute reagieren auf konkrete Bitten
      on poste un appel aux dons de jouets ? | moi je dis oui, les gens répondent aux demandes concrètes
      ¿ponemos algo en redes pidiendo turrón en concreto? | yo digo que sí, la gente responde a cosas concretas
      a gente posta pedindo brinquedo nas redes? | eu digo que sim, o pessoal responde a pedidos concretos
      """)
  void a_vote_cast_takes_nothing_on(String situation, String said) {
    assertThat(actions("UA", situation, "UB", said)).isEmpty();
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      the landlord may refuse the repair | I'll call the council myself if it comes to that
      the new rule will annoy the surgeons | agree. I'll back it up with the theatre leads if anyone pushes back
      der Vermieter lehnt die Reparatur vielleicht ab | ich ruf morgen selbst beim Amt an, wenn es so weit kommt
      le propriétaire refusera peut-être | je contacte la mairie moi-même si ça en arrive là
      el casero igual se niega | yo llamo al ayuntamiento si llega el caso
      o senhorio pode recusar | eu ligo pra prefeitura amanhã se chegar a isso
      大家さんが断るかもしれません | そうなったら私から役所に電話します
      """)
  void a_promise_for_a_case_that_may_never_come_is_no_task(String situation, String said) {
    assertThat(actions("UA", situation, "UB", said)).isEmpty();
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      Vault or Doppler? | I'll decide on the vendor and send the PO to finance today
      the landlord may refuse the repair | I'll call the council if he refuses again
      the landlord may refuse the repair | I'll call the council tomorrow
      大家さんが断るかもしれません | 明日私から役所に電話します
      """)
  void a_deed_or_what_sets_it_off_stays_a_task(String situation, String said) {
    assertThat(actions("UA", situation, "UB", said)).extracting(ActionItem::owner)
        .containsExactly("UB");
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      the landlord may refuse the repair | I'll send the formal notice today, and call the council myself if it comes to that
      der Vermieter lehnt die Reparatur vielleicht ab | ich schicke heute die Mängelanzeige und ruf selbst beim Amt an, wenn es so weit kommt
      el casero igual se niega | le mando hoy el burofax y llamo yo al ayuntamiento si llega el caso
      the new review policy is ready | I'll post the policy in #eng today, and if anyone pushes back I'll handle it
      """)
  void a_task_said_beside_a_case_that_may_never_come_stays(String situation, String said) {
    assertThat(actions("UA", situation, "UB", said)).extracting(ActionItem::owner)
        .contains("UB");
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      ship friday or wait for the fix? | I vote we ship friday, I'll write the release notes
      dos salas posibles, el polideportivo o el teatro. | yo voto por el teatro y mañana llamo para reservarlo
      duas salas possíveis, o ginásio ou o teatro. | eu voto no teatro e amanhã ligo pra reservar
      two halls possible, the gym or the theatre. | I vote for the theatre and I'll call them tomorrow to book it
      """)
  void a_task_said_after_a_vote_stays(String situation, String said) {
    assertThat(actions("UA", situation, "UB", said)).extracting(ActionItem::owner)
        .containsExactly("UB");
  }

  @Test
  void the_task_after_a_vote_is_the_one_taken() {
    assertThat(actions("UA", "ship friday or wait for the fix?",
        "UB", "I vote we ship friday, I'll write the release notes"))
        .extracting(ActionItem::text).containsExactly("Write the release notes");
  }

  @Test
  void a_vote_and_a_task_in_answer_to_who_takes_the_rollout_give_no_garbled_task() {
    assertThat(actions("UA", "Wer kümmert sich um den Rollout?",
        "UB", "ich stimme für Variante B und schreibe heute noch das Ticket"))
        .extracting(ActionItem::text).doesNotContain("Den Rollout")
        .allSatisfy(t -> assertThat(t).containsIgnoringCase("Ticket"));
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      Vault or Doppler? | I'll decide and book it tonight
      we have three options for the venue | I'll write up whatever we decide
      is there budget for the new laptops? | I'll check with whoever decides budgets
      there's a water leak in the car park | I'll call it in
      """)
  void a_deed_beside_the_call_stays_a_task(String situation, String said) {
    assertThat(actions("UA", situation, "UB", said)).extracting(ActionItem::owner)
        .containsExactly("UB");
  }
}
