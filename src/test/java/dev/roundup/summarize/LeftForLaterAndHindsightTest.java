package dev.roundup.summarize;

import static dev.roundup.summarize.Threads.decisions;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A point left to be worked out later ("rotation we figure out later, not blocking") is a
 * deferral in every language, and a musing about what could have been done or a wish said after
 * the fact ("on aurait aussi pu passer à l'API …, mais bon", "there should be an alert when …")
 * is never a decision; a plan for later today, a plan stated outright and a proposal agreed to
 * still are.
 */
class LeftForLaterAndHindsightTest {

  @Test
  void a_point_left_to_be_worked_out_later_is_a_deferral_in_every_language() {
    assertThat(Cues.ENGLISH.isDeferral("rotation we figure out later, not blocking")).isTrue();
    assertThat(Cues.ENGLISH.isDeferral("we'll sort the naming out down the line")).isTrue();
    assertThat(Cues.ENGLISH.isDeferral("we'll deal with that later")).isTrue();
    assertThat(Cues.ENGLISH.isDeferral("the rest can wait")).isTrue();
    assertThat(Cues.GERMAN.isDeferral("das klären wir später")).isTrue();
    assertThat(Cues.GERMAN.isDeferral("die Rotation regeln wir dann später, blockiert nicht"))
        .isTrue();
    assertThat(Cues.FRENCH.isDeferral("on verra ça plus tard")).isTrue();
    assertThat(Cues.FRENCH.isDeferral("la rotation, on règle ça ensuite, pas bloquant")).isTrue();
    assertThat(Cues.SPANISH.isDeferral("lo vemos más adelante")).isTrue();
    assertThat(Cues.SPANISH.isDeferral("eso lo resolvemos luego, no bloquea")).isTrue();
    assertThat(Cues.PORTUGUESE.isDeferral("a gente vê depois")).isTrue();
    assertThat(Cues.PORTUGUESE.isDeferral("a rotação a gente resolve mais pra frente")).isTrue();
    assertThat(Cues.JAPANESE.isDeferral("後で決めよう")).isTrue();
    assertThat(Cues.JAPANESE.isDeferral("ローテーションは後で考えよう")).isTrue();
    assertThat(Cues.JAPANESE.isDeferral("それは後回しでいい")).isTrue();
  }

  @Test
  void a_choice_parked_or_still_to_be_confirmed_is_a_deferral_in_every_language() {
    assertThat(Cues.ENGLISH.isDeferral("the venue is parked until Q3")).isTrue();
    assertThat(Cues.ENGLISH.isDeferral("no call on this until Monday")).isTrue();
    assertThat(Cues.ENGLISH.isDeferral("let's sleep on it")).isTrue();
    assertThat(Cues.GERMAN.isDeferral("wir schauen mal, wenn die Zahlen da sind")).isTrue();
    assertThat(Cues.GERMAN.isDeferral("der Termin wird noch bestätigt")).isTrue();
    assertThat(Cues.FRENCH.isDeferral("date à confirmer")).isTrue();
    assertThat(Cues.FRENCH.isDeferral("le choix du traiteur reste en suspens jusqu'à lundi"))
        .isTrue();
    assertThat(Cues.SPANISH.isDeferral("fecha por confirmar")).isTrue();
    assertThat(Cues.PORTUGUESE.isDeferral("data a confirmar")).isTrue();
    assertThat(Cues.JAPANESE.isDeferral("数字が出てから考えましょう")).isTrue();
    assertThat(decisions("ana", "venue: parked until Q3", "ben", "ok")).isEmpty();
    // Near misses: the same words where the thing is settled or only placed.
    assertThat(Cues.ENGLISH.isDeferral("the truck is parked in bay 3")).isFalse();
    assertThat(Cues.FRENCH.isDeferral("date confirmée pour lundi")).isFalse();
    assertThat(Cues.SPANISH.isDeferral("fecha confirmada para el lunes")).isFalse();
    assertThat(Cues.PORTUGUESE.isDeferral("data confirmada pra segunda")).isFalse();
    assertThat(Cues.GERMAN.isDeferral("der Termin ist bestätigt")).isFalse();
    assertThat(Cues.JAPANESE.isDeferral("数字が出たので4月30日で確定します")).isFalse();
  }

  @Test
  void a_choice_put_off_to_a_later_day_or_month_is_a_deferral_in_every_language() {
    assertThat(Cues.ENGLISH.isDeferral("we'll decide at the end of the month")).isTrue();
    assertThat(Cues.ENGLISH.isDeferral("we'll see about it in May")).isTrue();
    assertThat(Cues.ENGLISH.isDeferral("let's decide that next week")).isTrue();
    assertThat(Cues.GERMAN.isDeferral("das entscheiden wir Ende des Monats")).isTrue();
    assertThat(Cues.GERMAN.isDeferral("schauen wir im Mai")).isTrue();
    assertThat(Cues.FRENCH.isDeferral("on verra en mai")).isTrue();
    assertThat(Cues.FRENCH.isDeferral("on décidera ça à la fin du mois")).isTrue();
    assertThat(Cues.SPANISH.isDeferral("no lo sé todavía. lo decidimos a final de mes")).isTrue();
    assertThat(Cues.SPANISH.isDeferral("eso lo vemos en mayo")).isTrue();
    assertThat(Cues.PORTUGUESE.isDeferral("festa junina a gente vê em maio")).isTrue();
    assertThat(Cues.PORTUGUESE.isDeferral("a gente decide no fim do mês")).isTrue();
    assertThat(Cues.JAPANESE.isDeferral("月末に決めます")).isTrue();
    assertThat(Cues.JAPANESE.isDeferral("来週の定例で判断しましょう")).isTrue();
    assertThat(decisions("luis", "contratamos a alguien más para la temporada?",
        "carmen", "no lo sé todavía, lo decidimos a final de mes", "luis", "ok")).isEmpty();
    assertThat(decisions("edu", "e a paçoca da festa junina?",
        "rosana", "festa junina a gente vê em maio", "edu", "ok")).isEmpty();
    // Near misses: a choice reported in the past, and a date set for a thing.
    assertThat(Cues.ENGLISH.isDeferral("we decided at the end of last month to drop the kiosk"))
        .isFalse();
    assertThat(Cues.ENGLISH.isDeferral("the launch is at the end of the month")).isFalse();
    assertThat(Cues.GERMAN.isDeferral("wir haben Ende letzten Monats entschieden, den Kiosk zu schließen"))
        .isFalse();
    assertThat(Cues.GERMAN.isDeferral("der Launch ist Ende des Monats")).isFalse();
    assertThat(Cues.FRENCH.isDeferral("on a décidé à la fin du mois dernier de fermer le kiosque"))
        .isFalse();
    assertThat(Cues.FRENCH.isDeferral("le lancement est à la fin du mois")).isFalse();
    assertThat(Cues.SPANISH.isDeferral("lo decidimos a final del mes pasado: cerramos el quiosco"))
        .isFalse();
    assertThat(Cues.SPANISH.isDeferral("el lanzamiento es a final de mes")).isFalse();
    assertThat(Cues.PORTUGUESE.isDeferral("a gente decidiu no fim do mês passado fechar o quiosque"))
        .isFalse();
    assertThat(Cues.PORTUGUESE.isDeferral("o lançamento é no fim do mês")).isFalse();
    assertThat(Cues.JAPANESE.isDeferral("先月末に決めた通り、売店は閉めます")).isFalse();
    assertThat(Cues.JAPANESE.isDeferral("ローンチは月末です")).isFalse();
    // Nor a deadline for a choice still asked.
    assertThat(Cues.ENGLISH.isDeferral("we need to decide by Friday whether we buy the dryer"))
        .isFalse();
    assertThat(Cues.GERMAN.isDeferral("wir müssen bis Freitag entscheiden, ob wir den Trockner kaufen"))
        .isFalse();
    assertThat(Cues.JAPANESE.isDeferral("金曜までに決める必要があります")).isFalse();
  }

  @Test
  void agreeing_in_principle_decides_nothing_in_every_language() {
    assertThat(Cues.ENGLISH.isDeferral("agreed in principle.")).isTrue();
    assertThat(Cues.GERMAN.isDeferral("grundsätzlich einverstanden")).isTrue();
    assertThat(Cues.FRENCH.isDeferral("d'accord sur le principe")).isTrue();
    assertThat(Cues.SPANISH.isDeferral("en principio de acuerdo")).isTrue();
    assertThat(Cues.PORTUGUESE.isDeferral("em princípio concordo")).isTrue();
    assertThat(Cues.JAPANESE.isDeferral("原則として賛成です")).isTrue();
    assertThat(decisions("lena", "we should put F2 on the remote monitoring like the ICU fridges",
        "ngozi", "agreed in principle. it's a budget conversation, not today's problem"))
        .isEmpty();
    // Near misses: an agreement said plainly, and a principle laid down.
    assertThat(Cues.ENGLISH.isDeferral("agreed, let's put F2 on the remote monitoring")).isFalse();
    assertThat(Cues.ENGLISH.isDeferral("as a principle, we never ship on Fridays")).isFalse();
    assertThat(Cues.GERMAN.isDeferral("einverstanden, wir machen das so")).isFalse();
    assertThat(Cues.FRENCH.isDeferral("d'accord, on le fait")).isFalse();
    assertThat(Cues.SPANISH.isDeferral("de acuerdo, lo hacemos")).isFalse();
    assertThat(Cues.PORTUGUESE.isDeferral("concordo, vamos fazer")).isFalse();
    assertThat(Cues.JAPANESE.isDeferral("賛成です、そうしましょう")).isFalse();
    assertThat(decisions("lena", "should we put F2 on the remote monitoring like the ICU fridges?",
        "ngozi", "agreed, let's do it")).isNotEmpty();
  }

  @Test
  void what_one_would_choose_in_another_world_is_hindsight_in_every_language() {
    assertThat(Cues.ENGLISH.isHindsight(
        "if we were starting from scratch i'd say datadog, no question. but we're not")).isTrue();
    assertThat(Cues.ENGLISH.isHindsight("if I had the budget I would buy both")).isTrue();
    assertThat(Cues.GERMAN.isHindsight(
        "wenn wir bei null anfangen würden, würde ich Datadog nehmen")).isTrue();
    assertThat(Cues.FRENCH.isHindsight("si on partait de zéro, je dirais Datadog")).isTrue();
    assertThat(Cues.SPANISH.isHindsight("si empezáramos de cero, diría Datadog")).isTrue();
    assertThat(Cues.PORTUGUESE.isHindsight(
        "se a gente estivesse começando do zero, eu diria Datadog")).isTrue();
    assertThat(Cues.JAPANESE.isHindsight("ゼロから始めるならDatadogなんだけどね")).isTrue();
  }

  @Test
  void a_wish_for_ones_own_part_said_to_nobody_is_no_decision_in_every_language() {
    assertThat(Cues.ENGLISH.isHindsight(
        "i'd love a second approved printer on contract long term. just saying")).isTrue();
    assertThat(Cues.GERMAN.isHindsight(
        "ich hätte ja gern einen zweiten Drucker fest unter Vertrag")).isTrue();
    assertThat(Cues.FRENCH.isHindsight(
        "j'adorerais avoir un deuxième imprimeur sous contrat, je dis ça comme ça")).isTrue();
    assertThat(Cues.SPANISH.isHindsight(
        "me encantaría tener una segunda imprenta con contrato fijo")).isTrue();
    assertThat(Cues.PORTUGUESE.isHindsight(
        "eu adoraria ter uma segunda gráfica com contrato fixo, só comentando")).isTrue();
    assertThat(Cues.JAPANESE.isHindsight("長期契約の印刷所がもう一社あるといいなあ。")).isTrue();
    assertThat(decisions("oscar", "i'd love a second approved printer on contract long term",
        "hana", "same")).isEmpty();
    // Near misses: a choice said outright, and a liking for a proposal on the table.
    assertThat(Cues.ENGLISH.isHindsight("we go with Tri-County, send them the PO today"))
        .isFalse();
    assertThat(Cues.ENGLISH.isHindsight("love it, let's do that")).isFalse();
    assertThat(Cues.GERMAN.isHindsight("wir nehmen die zweite Druckerei")).isFalse();
    assertThat(Cues.JAPANESE.isHindsight("二社目の印刷所と契約します")).isFalse();
  }

  @Test
  void what_should_have_been_done_with_any_participle_is_hindsight_in_every_language() {
    assertThat(Cues.ENGLISH.isHindsight(
        "tbh we should have put a price clause in the last contract")).isTrue();
    assertThat(Cues.ENGLISH.isHindsight("we ought to have sent it sooner")).isTrue();
    assertThat(Cues.GERMAN.isHindsight(
        "wir hätten eine Preisklausel in den letzten Vertrag schreiben sollen")).isTrue();
    assertThat(Cues.FRENCH.isHindsight(
        "on aurait dû mettre une clause de prix dans le dernier contrat")).isTrue();
    assertThat(Cues.SPANISH.isHindsight(
        "teníamos que haber puesto una cláusula de precio en el último contrato")).isTrue();
    assertThat(Cues.PORTUGUESE.isHindsight(
        "tínhamos que ter posto uma cláusula de preço no último contrato")).isTrue();
    assertThat(Cues.JAPANESE.isHindsight("前回の契約に価格条項を入れておくべきだった")).isTrue();
    // Near misses: the same verbs in a plan for what is still to come.
    assertThat(Cues.ENGLISH.isHindsight("we should have it set up by friday")).isFalse();
    assertThat(Cues.ENGLISH.isHindsight("we should put a price clause in every contract"))
        .isFalse();
    assertThat(Cues.SPANISH.isHindsight("tenemos que poner una cláusula de precio")).isFalse();
    assertThat(Cues.PORTUGUESE.isHindsight("temos que pôr uma cláusula de preço")).isFalse();
  }

  @Test
  void a_regret_agreed_with_is_no_decision_and_the_rule_set_after_it_is() {
    assertThat(decisions(
        "luis", "tbh we should have put a butter clause in the last contract",
        "gemma", "agreed. from now on every wholesale contract gets a quarterly price review clause",
        "luis", ":+1:"))
        .noneMatch(d -> d.toLowerCase(java.util.Locale.ROOT).contains("should have"));
  }

  @Test
  void a_condition_on_what_will_happen_is_no_hindsight() {
    assertThat(Cues.ENGLISH.isHindsight("if QA closes thursday we'd ship friday")).isFalse();
    assertThat(Cues.ENGLISH.isHindsight("if it rains we move the party inside")).isFalse();
    assertThat(Cues.GERMAN.isHindsight("wenn der Test grün ist, deployen wir morgen")).isFalse();
    assertThat(Cues.FRENCH.isHindsight("si on fait le déploiement jeudi, je serais là"))
        .isFalse();
    assertThat(Cues.SPANISH.isHindsight("si llega a tiempo para el lunes, sería perfecto"))
        .isFalse();
    assertThat(Cues.PORTUGUESE.isHindsight("se nesse caso a QA fechar, seria sexta")).isFalse();
    assertThat(Cues.JAPANESE.isHindsight("雨なら中止にします")).isFalse();
  }

  @Test
  void a_choice_made_in_another_world_is_no_decision_and_the_one_made_after_it_is() {
    assertThat(decisions(
        "zoe", "we need to pick between Datadog and Loki before the contract ends. thoughts?",
        "fiona", "if we were starting from scratch i'd say datadog, no question. but we're not",
        "zoe", "ok this isn't converging. <@gwen> can you call it?",
        "gwen", "Loki. the cost difference is too big to ignore",
        "fiona", "ok, fair"))
        .noneMatch(d -> d.toLowerCase(java.util.Locale.ROOT).contains("scratch"));
  }

  @Test
  void a_plan_for_later_today_or_a_fix_worked_out_is_no_deferral() {
    assertThat(Cues.ENGLISH.isDeferral("we'll deal with it later today")).isFalse();
    assertThat(Cues.ENGLISH.isDeferral("we figured out the root cause")).isFalse();
    assertThat(Cues.ENGLISH.isDeferral("I'll work it out with finance")).isFalse();
    assertThat(Cues.GERMAN.isDeferral("wir klären das mit dem Lieferanten")).isFalse();
    assertThat(Cues.FRENCH.isDeferral("on règle ça avec un script")).isFalse();
    assertThat(Cues.SPANISH.isDeferral("lo resolvemos con un script")).isFalse();
    assertThat(Cues.PORTUGUESE.isDeferral("a gente resolve com um script")).isFalse();
    assertThat(Cues.JAPANESE.isDeferral("証明書を更新して復旧を優先する")).isFalse();
  }

  @Test
  void a_musing_or_a_wish_after_the_fact_is_hindsight_in_every_language() {
    assertThat(Cues.ENGLISH.isHindsight(
        "we could have moved to the vendor's API instead of files, but anyway")).isTrue();
    assertThat(Cues.ENGLISH.isHindsight("should've caught that in review")).isTrue();
    assertThat(Cues.ENGLISH.isHindsight("we could have easily switched to the API")).isTrue();
    assertThat(Cues.ENGLISH.isHindsight(
        "there should be an alert when an import returns 0 rows")).isTrue();
    assertThat(Cues.GERMAN.isHindsight(
        "wir hätten auch gleich auf die API umsteigen können, aber egal")).isTrue();
    assertThat(Cues.GERMAN.isHindsight(
        "es sollte einen Alarm geben, wenn ein Import 0 Zeilen bringt")).isTrue();
    assertThat(Cues.FRENCH.isHindsight("On aurait aussi pu passer à l'API du fournisseur au lieu"
        + " des fichiers, mais bon, c'est un autre sujet")).isTrue();
    assertThat(Cues.FRENCH.isHindsight(
        "Et on devrait avoir une alerte quand un import ramène 0 ligne")).isTrue();
    assertThat(Cues.SPANISH.isHindsight("podríamos haber usado la API del proveedor")).isTrue();
    assertThat(Cues.SPANISH.isHindsight(
        "debería haber una alerta cuando un import trae 0 filas")).isTrue();
    assertThat(Cues.PORTUGUESE.isHindsight("a gente podia ter usado a API do fornecedor"))
        .isTrue();
    assertThat(Cues.PORTUGUESE.isHindsight("deveria ter um alerta quando a importação vem vazia"))
        .isTrue();
    assertThat(Cues.JAPANESE.isHindsight("APIに移行することもできたけど、まあ別の話")).isTrue();
    assertThat(Cues.JAPANESE.isHindsight("アラートがあるべきだった")).isTrue();
  }

  @Test
  void a_plan_or_a_proposal_is_no_hindsight() {
    assertThat(Cues.ENGLISH.isHindsight("we should add an alert for empty imports")).isFalse();
    assertThat(Cues.ENGLISH.isHindsight("we should have it finished by Friday")).isFalse();
    assertThat(Cues.ENGLISH.isHindsight("we have decided to move to the API")).isFalse();
    assertThat(Cues.GERMAN.isHindsight("wir sollten einen Alarm einbauen")).isFalse();
    assertThat(Cues.FRENCH.isHindsight("on passe à l'API du fournisseur")).isFalse();
    assertThat(Cues.SPANISH.isHindsight("deberíamos usar la API del proveedor")).isFalse();
    assertThat(Cues.PORTUGUESE.isHindsight("vamos ter um alerta para importações vazias"))
        .isFalse();
    assertThat(Cues.JAPANESE.isHindsight("APIに移行しましょう")).isFalse();
  }

  @Test
  void a_question_answered_by_leaving_it_for_later_decides_nothing() {
    assertThat(decisions(
        "U1", "ok proposal: AWS Secrets Manager plus External Secrets Operator",
        "U2", "+1",
        "U3", "who rotates the secrets? manual or lambda rotation?",
        "U1", "rotation we figure out later, not blocking"))
        .noneMatch(d -> d.toLowerCase().contains("rotation"));
  }

  @Test
  void a_musing_or_a_wish_taken_up_by_a_reply_is_no_decision() {
    assertThat(decisions(
        "U1", "correctif déployé, import relancé",
        "U2", "et on devrait avoir une alerte quand un import ramène 0 ligne, là on l'a vu par"
            + " hasard",
        "U1", "bonne idée, je l'ajoute dans la foulée",
        "U2", "on aurait aussi pu passer à l'API du fournisseur au lieu des fichiers, mais bon,"
            + " c'est un autre sujet"))
        .isEmpty();
    assertThat(decisions(
        "U1", "we could have gone with the vendor's API instead, but anyway",
        "U2", "agreed"))
        .isEmpty();
  }

  @Test
  void a_proposal_agreed_to_still_decides() {
    assertThat(decisions(
        "U1", "let's move the nightly import to the vendor's API",
        "U2", "sounds good"))
        .hasSize(1);
  }

  @Test
  void a_yes_put_off_as_not_now_is_a_deferral_in_every_language() {
    assertThat(Cues.ENGLISH.isDeferral("yes but not now, after harvest")).isTrue();
    assertThat(Cues.ENGLISH.isDeferral("yeah but not yet")).isTrue();
    assertThat(Cues.GERMAN.isDeferral("ja aber nicht jetzt, nach der ernte")).isTrue();
    assertThat(Cues.FRENCH.isDeferral("oui mais pas maintenant, après les vendanges")).isTrue();
    assertThat(Cues.SPANISH.isDeferral("sí pero ahora no, después de la cosecha")).isTrue();
    assertThat(Cues.PORTUGUESE.isDeferral("sim, mas agora não, depois da colheita")).isTrue();
    assertThat(Cues.JAPANESE.isDeferral("いいけど今じゃなくて、収穫の後で")).isTrue();
    assertThat(Cues.JAPANESE.isDeferral("いいけど今じゃなくて収穫の後で")).isTrue();
    assertThat(decisions("jonas", "sollten wir nicht mal über nen wartungsvertrag mit festen reaktionszeiten reden?",
        "bernd", "ja aber nicht jetzt, nach der ernte"))
        .noneMatch(d -> d.toLowerCase().contains("wartungsvertrag"));
    // Near misses: the plan with its time, and a yes with a limit that goes on.
    assertThat(Cues.ENGLISH.isDeferral("yes, but not the north plot")).isFalse();
    assertThat(Cues.GERMAN.isDeferral("ja, aber nicht jetzt, macht es heute abend")).isFalse();
    assertThat(Cues.GERMAN.isDeferral("ja, aber nicht die Nordseite")).isFalse();
    assertThat(Cues.FRENCH.isDeferral("oui mais pas maintenant, faites-le ce soir")).isFalse();
    assertThat(Cues.FRENCH.isDeferral("oui mais pas la parcelle nord")).isFalse();
    assertThat(Cues.SPANISH.isDeferral("sí pero ahora no, hacedlo esta noche")).isFalse();
    assertThat(Cues.SPANISH.isDeferral("sí, pero no la parcela norte")).isFalse();
    assertThat(Cues.PORTUGUESE.isDeferral("sim, mas agora não, façam hoje à noite")).isFalse();
    assertThat(Cues.PORTUGUESE.isDeferral("sim, mas não o talhão norte")).isFalse();
    assertThat(Cues.JAPANESE.isDeferral("いいけど今じゃなくて、今夜やってください")).isFalse();
    assertThat(Cues.JAPANESE.isDeferral("いいけど北の区画は除いて")).isFalse();
  }

  @Test
  void a_yes_put_off_or_a_choice_left_to_a_later_talk_is_a_deferral_in_every_language() {
    assertThat(Cues.ENGLISH.isDeferral("yes but after the post mortem.")).isTrue();
    assertThat(Cues.ENGLISH.isDeferral("ok, but not before the audit")).isTrue();
    assertThat(Cues.ENGLISH.isDeferral("then we talk again. don't plan for it yet")).isTrue();
    assertThat(Cues.GERMAN.isDeferral("ja, aber erst nach dem Audit")).isTrue();
    assertThat(Cues.GERMAN.isDeferral("dann reden wir nochmal")).isTrue();
    assertThat(Cues.FRENCH.isDeferral("oui mais après la démo")).isTrue();
    assertThat(Cues.FRENCH.isDeferral("on en reparle lundi")).isTrue();
    assertThat(Cues.FRENCH.isDeferral("on en reparle")).isTrue();
    assertThat(Cues.SPANISH.isDeferral("sí, pero después del cierre")).isTrue();
    assertThat(Cues.SPANISH.isDeferral("lo hablamos otra vez")).isTrue();
    assertThat(Cues.PORTUGUESE.isDeferral("sim, mas depois da auditoria")).isTrue();
    assertThat(Cues.PORTUGUESE.isDeferral("a gente conversa de novo")).isTrue();
    assertThat(Cues.JAPANESE.isDeferral("いいけど、振り返りの後で")).isTrue();
    assertThat(Cues.JAPANESE.isDeferral("また相談しましょう")).isTrue();
    assertThat(decisions("raj", "should we add an alert on >1 capture per order?",
        "carla", "yes but after the post mortem. <@raj> put it in the doc as a follow up"))
        .noneMatch(d -> d.toLowerCase().contains("alert"));
    assertThat(decisions("pete", "and if the test pull fails?",
        "captain", "then we talk again. don't plan for it yet")).isEmpty();
    // Near misses: the plan with its time, a yes with its condition, and a talk reported.
    assertThat(Cues.ENGLISH.isDeferral("yes, do it after the post mortem")).isFalse();
    assertThat(Cues.ENGLISH.isDeferral("yes but after the freeze, ship it to EU first")).isFalse();
    assertThat(Cues.ENGLISH.isDeferral("we talked again with the vendor and signed")).isFalse();
    assertThat(Cues.GERMAN.isDeferral("ja, macht das nach dem Audit")).isFalse();
    assertThat(Cues.GERMAN.isDeferral("wir haben nochmal geredet und nehmen Variante B")).isFalse();
    assertThat(Cues.FRENCH.isDeferral("oui, faites-le après la démo")).isFalse();
    assertThat(Cues.FRENCH.isDeferral("on en a reparlé hier, on garde la B")).isFalse();
    assertThat(Cues.SPANISH.isDeferral("sí, hacedlo después del cierre")).isFalse();
    assertThat(Cues.PORTUGUESE.isDeferral("sim, façam depois da auditoria")).isFalse();
    assertThat(Cues.JAPANESE.isDeferral("振り返りの後にやってください")).isFalse();
    assertThat(decisions("raj", "should we add an alert on >1 capture per order?",
        "carla", "yes, do it after the post mortem"))
        .anyMatch(d -> d.toLowerCase().contains("alert"));
  }

  @Test
  void a_long_term_wish_or_a_preference_said_in_passing_is_no_decision_in_every_language() {
    assertThat(Cues.ENGLISH.isHindsight(
        "long term we need a completeness check per partition, this is the 3rd time")).isTrue();
    assertThat(Cues.ENGLISH.isHindsight("rather fix the threshold than keep silencing.")).isTrue();
    assertThat(Cues.GERMAN.isHindsight("langfristig brauchen wir einen Vollständigkeitscheck"))
        .isTrue();
    assertThat(Cues.GERMAN.isHindsight("lieber die Schwelle anpassen als weiter stummschalten"))
        .isTrue();
    assertThat(Cues.FRENCH.isHindsight("à terme il faudrait un contrôle par partition")).isTrue();
    assertThat(Cues.FRENCH.isHindsight("plutôt corriger le seuil que continuer à couper l'alerte"))
        .isTrue();
    assertThat(Cues.SPANISH.isHindsight("a largo plazo habría que tener un control por partición"))
        .isTrue();
    assertThat(Cues.SPANISH.isHindsight("mejor arreglar el umbral que seguir silenciando"))
        .isTrue();
    assertThat(Cues.PORTUGUESE.isHindsight("a longo prazo precisamos de um check por partição"))
        .isTrue();
    assertThat(Cues.PORTUGUESE.isHindsight(
        "melhor corrigir o limite do que continuar silenciando")).isTrue();
    assertThat(Cues.JAPANESE.isHindsight("長期的にはパーティションごとの完全性チェックが必要ですね")).isTrue();
    assertThat(Cues.JAPANESE.isHindsight("止め続けるより閾値を直したいですね")).isTrue();
    assertThat(decisions("yasmin", "should we extend the silence past friday or fix the alert?",
        "bruno", "rather fix the threshold than keep silencing. but i didn't get to it"))
        .isEmpty();
    assertThat(decisions("dmitri", "long term we need a completeness check per partition",
        "oskar", "agreed")).isEmpty();
    // Near misses: the same choice said as the plan, and a long-term fix planned.
    assertThat(Cues.ENGLISH.isHindsight("we'll fix the threshold instead of silencing it"))
        .isFalse();
    assertThat(Cues.ENGLISH.isHindsight("long term fix: we replace the pump in June")).isFalse();
    assertThat(Cues.GERMAN.isHindsight("wir passen die Schwelle an, statt weiter stummzuschalten"))
        .isFalse();
    assertThat(Cues.GERMAN.isHindsight("Lieber Jonas, wir nehmen den Termin als Test")).isFalse();
    assertThat(Cues.FRENCH.isHindsight("on corrige le seuil au lieu de couper l'alerte"))
        .isFalse();
    assertThat(Cues.SPANISH.isHindsight("arreglamos el umbral en vez de silenciarlo")).isFalse();
    assertThat(Cues.PORTUGUESE.isHindsight("vamos corrigir o limite em vez de silenciar"))
        .isFalse();
    assertThat(Cues.JAPANESE.isHindsight("閾値を直します")).isFalse();
    assertThat(decisions("yasmin", "should we extend the silence past friday or fix the alert?",
        "bruno", "we'll fix the threshold instead of silencing it", "yasmin", "ok"))
        .isNotEmpty();
  }

  @Test
  void a_choice_handed_to_a_later_quarter_or_year_is_a_deferral_in_every_language() {
    assertThat(Cues.ENGLISH.isDeferral("That's a Q1 problem.")).isTrue();
    assertThat(Cues.ENGLISH.isDeferral("renewal terms are a problem for next year")).isTrue();
    assertThat(Cues.GERMAN.isDeferral("das ist ein Problem für Q1")).isTrue();
    assertThat(Cues.FRENCH.isDeferral("ça, c'est un problème pour le T1")).isTrue();
    assertThat(Cues.SPANISH.isDeferral("eso es un problema para el Q1")).isTrue();
    assertThat(Cues.PORTUGUESE.isDeferral("isso é problema pro Q1")).isTrue();
    assertThat(Cues.JAPANESE.isDeferral("それは第1四半期の問題です")).isTrue();
    assertThat(decisions("aisha", "and longer term? the agreement is up for renewal in Q1",
        "frank", "that's a Q1 problem. parked")).isEmpty();
    // Near misses: no problem for then, and a problem of that quarter solved now.
    assertThat(Cues.ENGLISH.isDeferral("no problem for Q1, we ship the renewal as is")).isFalse();
    assertThat(Cues.ENGLISH.isDeferral("we fix the Q1 problem now: pay 1.75x")).isFalse();
    assertThat(Cues.GERMAN.isDeferral("kein Problem für Q1, wir liefern")).isFalse();
    assertThat(Cues.FRENCH.isDeferral("pas de problème pour le T1, on livre")).isFalse();
    assertThat(Cues.SPANISH.isDeferral("ningún problema para el Q1, entregamos")).isFalse();
    assertThat(Cues.PORTUGUESE.isDeferral("sem problema pro Q1, a gente entrega")).isFalse();
    assertThat(Cues.JAPANESE.isDeferral("第1四半期の問題は今週中に解決します")).isFalse();
  }
}
