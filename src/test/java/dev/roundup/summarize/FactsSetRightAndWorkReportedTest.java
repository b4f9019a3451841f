package dev.roundup.summarize;

import static dev.roundup.summarize.Threads.decisions;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A fact set right in the past ("the fridge alarm tripped wednesday night, not tuesday") and a
 * thing reported with what was done to it ("Refund issued, re_3Nx… shows succeeded") say what
 * happened, never what the thread settles, in every language; a choice in the present with "not"
 * ("we go with Tri-County, not Precision") and a rule with "not before" still decide.
 */
class FactsSetRightAndWorkReportedTest {

  @Test
  void a_fact_set_right_in_the_past_is_no_decision_in_every_language() {
    assertThat(Cues.ENGLISH.correctsAFact("the fridge alarm tripped wednesday night, not tuesday."))
        .isTrue();
    assertThat(Cues.GERMAN.correctsAFact("der Alarm ging Mittwochnacht los, nicht Dienstag."))
        .isTrue();
    assertThat(Cues.FRENCH.correctsAFact("l'alarme s'est déclenchée mercredi soir, pas mardi."))
        .isTrue();
    assertThat(Cues.SPANISH.correctsAFact("la alarma saltó el miércoles por la noche, no el martes."))
        .isTrue();
    assertThat(Cues.PORTUGUESE.correctsAFact("o alarme disparou na quarta à noite, não na terça."))
        .isTrue();
    assertThat(Cues.JAPANESE.correctsAFact("アラームが鳴ったのは水曜の夜で、火曜ではありません。")).isTrue();
    assertThat(decisions("beth", "is the vaccine from tuesday ok?",
        "oyelaran", "the fridge alarm tripped wednesday night, not tuesday. pepper is fine",
        "beth", "ok great ill tell her")).isEmpty();
    // Near misses: a choice or a rule in the present, and a condition with "not before".
    assertThat(Cues.ENGLISH.correctsAFact("we go with Tri-County, not Precision")).isFalse();
    assertThat(Cues.ENGLISH.correctsAFact("we publish once the county has checked them, not before."))
        .isFalse();
    assertThat(Cues.ENGLISH.correctsAFact("the launch is scheduled for friday, not thursday.")).isFalse();
    assertThat(Cues.ENGLISH.correctsAFact("ok, standup moved to thursday, not friday.")).isFalse();
    assertThat(Cues.FRENCH.correctsAFact(
        "on publie quand la préfecture les a validés, pas avant.")).isFalse();
    assertThat(Cues.GERMAN.correctsAFact("wir nehmen Tri-County, nicht Precision.")).isFalse();
    assertThat(Cues.SPANISH.correctsAFact("vamos con Tri-County, no con Precision.")).isFalse();
  }

  @Test
  void a_thing_and_what_was_done_to_it_reports_work_done_in_every_language() {
    assertThat(RegexPrefilter.find(Cues.ENGLISH.thingDone(),
        "refund issued, re_3Nx... shows succeeded")).isTrue();
    assertThat(RegexPrefilter.find(Cues.GERMAN.thingDone(), "Erstattung veranlasst, Gutschrift gebucht"))
        .isTrue();
    assertThat(RegexPrefilter.find(Cues.FRENCH.thingDone(), "remboursement émis, avoir appliqué"))
        .isTrue();
    assertThat(RegexPrefilter.find(Cues.SPANISH.thingDone(), "reembolso emitido, ya aparece"))
        .isTrue();
    assertThat(RegexPrefilter.find(Cues.PORTUGUESE.thingDone(), "reembolso emitido, já aparece"))
        .isTrue();
    assertThat(RegexPrefilter.find(Cues.JAPANESE.thingDone(), "返金処理済み、クレジットも適用済み")).isTrue();
    assertThat(decisions("gemma", "approved. refund the duplicate and add a 1 month credit",
        "finn", "refund issued, re_3Nx... shows succeeded. credit applied to their account"))
        .noneMatch(d -> d.toLowerCase().startsWith("refund issued"));
    // Near misses: the thing described, and the thing with what is still to be done to it.
    assertThat(RegexPrefilter.find(Cues.ENGLISH.thingDone(), "the refund issued yesterday was wrong"))
        .isFalse();
    assertThat(RegexPrefilter.find(Cues.ENGLISH.thingDone(), "refunds issued by support need a note"))
        .isFalse();
    assertThat(RegexPrefilter.find(Cues.SPANISH.thingDone(), "el reembolso emitido ayer tenía un error"))
        .isFalse();
  }

  private static List<String> decisionsNamed(String... userTextPairs) {
    Conversation chat = Threads.chat(userTextPairs);
    java.util.Map<String, String> names = java.util.Map.of("UHANA", "hana", "ULINDA", "linda",
        "UOSCAR", "oscar", "UDIEGO", "diego", "UVANESSA", "vanessa");
    return DecisionDetector.detect(new PreparedConversation(
            new Conversation("C1", chat.messages(), names))).stream()
        .map(d -> d.value().text()).toList();
  }

  @Test
  void a_yes_that_hands_the_work_back_to_the_asker_is_their_task_not_a_decision() {
    assertThat(decisionsNamed("UHANA", "should we still send the original printer a cancellation?",
        "ULINDA", "Yes, Hana please handle that and copy county counsel.",
        "UHANA", "will do")).isEmpty();
    assertThat(decisionsNamed("UDIEGO", "avisamos que não vamos comprar?",
        "UVANESSA", "sim, <@UDIEGO> liga pra eles, melhor manter a relação boa",
        "UDIEGO", "ok")).isEmpty();
    // Near miss: the yes hands the work to someone other than the asker, and stays a decision.
    assertThat(decisionsNamed("UHANA", "should we still send the original printer a cancellation?",
        "ULINDA", "Yes, Oscar please handle that and copy county counsel.",
        "UOSCAR", "will do")).isNotEmpty();
  }

  @Test
  void what_one_did_or_tried_and_a_reading_reported_are_no_decision_in_every_language() {
    assertThat(Cues.ENGLISH.reportsWorkTried(
        "called coolmaster refrigeration, earliest they can come is tomorrow 8am.")).isTrue();
    assertThat(Cues.ENGLISH.reportsWorkTried("I changed the batteries, still nothing")).isTrue();
    assertThat(Cues.ENGLISH.reportsWorkTried("checked: pending refunds last week = €13.9k."))
        .isTrue();
    assertThat(Cues.ENGLISH.reportsWorkTried(
        "datalogger says first reading above 8 was 03:05.")).isTrue();
    assertThat(Cues.ENGLISH.reportsWorkTried("done, you can try again")).isTrue();
    assertThat(Cues.GERMAN.reportsWorkTried("hab die Batterien gewechselt, immer noch nichts"))
        .isTrue();
    assertThat(Cues.GERMAN.reportsWorkTried("der Logger zeigt 03:05 als ersten Wert über 8"))
        .isTrue();
    assertThat(Cues.FRENCH.reportsWorkTried("j'ai changé les piles, toujours rien")).isTrue();
    assertThat(Cues.FRENCH.reportsWorkTried("c'est fait, tu peux réessayer ?")).isTrue();
    assertThat(Cues.SPANISH.reportsWorkTried("he cambiado las pilas, sigue sin leer")).isTrue();
    assertThat(Cues.SPANISH.reportsWorkTried(
        "llamé al técnico, lo antes que pueden venir es mañana a las 8")).isTrue();
    assertThat(Cues.PORTUGUESE.reportsWorkTried("troquei as pilhas, continua sem ler")).isTrue();
    assertThat(Cues.PORTUGUESE.reportsWorkTried("o datalogger mostra 03:05 como a primeira leitura"))
        .isTrue();
    assertThat(Cues.JAPANESE.reportsWorkTried("電池を交換しましたが、まだ反応がありません")).isTrue();
    assertThat(decisions("camille", "le lecteur de puces de la salle 1 ne lit plus rien",
        "antoine", "les piles ?", "camille", "j'ai changé les piles, toujours rien",
        "antoine", "je passe demain matin le regarder"))
        .noneMatch(d -> d.startsWith("J'ai changé"));
    assertThat(decisions("marta", "tank 3 is at 9.4, the compressor is short-cycling",
        "dale", "called coolmaster refrigeration, earliest they can come is tomorrow 8am. "
            + "pete can you be there to let them in",
        "pete", "yep ill be there"))
        .noneMatch(d -> d.startsWith("Called"));
    // Near misses: what we changed as a rule, a reading that answers "can we…?", and a report
    // followed by the choice it led to.
    assertThat(Cues.ENGLISH.reportsWorkTried("we changed the policy: refunds over €500 need approval"))
        .isFalse();
    assertThat(Cues.ENGLISH.reportsWorkTried("patrol says traverse is fine")).isFalse();
    assertThat(Cues.FRENCH.reportsWorkTried("on a changé la règle : plus de mises à jour en semaine"))
        .isFalse();
    assertThat(Cues.SPANISH.reportsWorkTried("cambiamos la norma: nada de cambios en semana"))
        .isFalse();
    assertThat(Cues.PORTUGUESE.reportsWorkTried("mudamos a regra: nada de atualização na semana"))
        .isFalse();
    assertThat(Cues.GERMAN.reportsWorkTried("wir haben die Regel geändert: keine Updates unter der Woche"))
        .isFalse();
    assertThat(Cues.JAPANESE.reportsWorkTried("ルールを変更しました。平日の更新は禁止です")).isFalse();
    assertThat(decisions("ana", "Brennick or Haldane for the spring cloth?",
        "ben", "checked with legal. we go with Brennick, decided.", "ana", "ok"))
        .isNotEmpty();
  }

  @Test
  void options_put_back_to_whoever_asked_for_help_ask_which_is_meant_not_a_choice() {
    PreparedConversation help = new PreparedConversation(Threads.chat(
        "camille", "le registre ne se met plus à jour depuis hier. c'est normal ?",
        "antoine", "t'es sur quel poste ? accueil ou salle de soins ?",
        "camille", "salle de soins 2",
        "antoine", "ok c'est la mise à jour d'hier soir"));
    Sentence putBack = help.sentences().stream()
        .filter(s -> s.text().toLowerCase().startsWith("accueil ou")).findFirst().orElseThrow();
    assertThat(ChoiceQuestions.isOptionsQuestion(help, putBack)).isFalse();
    assertThat(DecisionDetector.detect(help)).isEmpty();
    // Near miss: the thread opened on a choice, and the options put back narrow it.
    PreparedConversation choice = new PreparedConversation(Threads.chat(
        "ana", "should we move the offsite?",
        "ben", "Lisbon or Porto?",
        "ana", "Porto"));
    Sentence options = choice.sentences().stream()
        .filter(s -> s.text().startsWith("Lisbon")).findFirst().orElseThrow();
    assertThat(ChoiceQuestions.isOptionsQuestion(choice, options)).isTrue();
  }

  @Test
  void work_reported_underway_and_when_someone_can_come_are_no_decision_in_every_language() {
    assertThat(Cues.ENGLISH.reportsWorkTried("PR up: #4182")).isTrue();
    assertThat(Cues.ENGLISH.reportsWorkTried("the installer only comes in July, nothing before"))
        .isTrue();
    assertThat(Cues.GERMAN.reportsWorkTried("PR ist offen: #4182")).isTrue();
    assertThat(Cues.GERMAN.reportsWorkTried("Installateur kommt erst im juli, vorher geht nix"))
        .isTrue();
    assertThat(Cues.FRENCH.reportsWorkTried("PR ouverte : #4182")).isTrue();
    assertThat(Cues.FRENCH.reportsWorkTried("l'installateur ne vient qu'en juillet, rien avant"))
        .isTrue();
    assertThat(Cues.SPANISH.reportsWorkTried("PR subido: #4182")).isTrue();
    assertThat(Cues.SPANISH.reportsWorkTried("el instalador no viene hasta julio, antes nada"))
        .isTrue();
    assertThat(Cues.PORTUGUESE.reportsWorkTried("PR aberto: #4182")).isTrue();
    assertThat(Cues.PORTUGUESE.reportsWorkTried("o instalador só vem em julho, antes nada"))
        .isTrue();
    assertThat(Cues.JAPANESE.reportsWorkTried("PR出しました: #4182")).isTrue();
    assertThat(Cues.JAPANESE.reportsWorkTried("業者は7月まで来られません")).isTrue();
    assertThat(decisions("mira", "i'll do the quarantine PR now", "mira", "PR up: #4182",
        "sanjay", "approved")).noneMatch(d -> d.contains("4182"));
    assertThat(decisions("mia", "und der gasboiler?",
        "lukas", "installateur kommt erst im juli, vorher geht nix"))
        .noneMatch(d -> d.toLowerCase().contains("installateur"));
    // Near misses: a date that rules what is done from then on, and a choice said beside a report.
    assertThat(Cues.ENGLISH.reportsWorkTried("from July on we use the new installer")).isFalse();
    assertThat(Cues.GERMAN.reportsWorkTried("ab Juli nehmen wir den neuen Installateur")).isFalse();
    assertThat(Cues.FRENCH.reportsWorkTried("à partir de juillet on prend le nouvel installateur"))
        .isFalse();
    assertThat(Cues.SPANISH.reportsWorkTried("desde julio usamos el instalador nuevo")).isFalse();
    assertThat(Cues.PORTUGUESE.reportsWorkTried("a partir de julho usamos o instalador novo"))
        .isFalse();
    assertThat(Cues.JAPANESE.reportsWorkTried("7月から新しい業者を使います")).isFalse();
    assertThat(decisions("ana", "which installer do we use for the hut?",
        "ben", "we decided: from July on we use the new installer")).isNotEmpty();
  }

  @Test
  void a_state_a_reading_or_a_figure_given_in_answer_is_no_decision_in_every_language() {
    for (String given : List.of("Keys are generated per attempt not per order.",
        "1,318 orders, ~$9.4k under-collected", "41 on shift, 6 of them the big vans",
        "Costs 800, GM won't sign it.", "Spore test passed monday, log's in the blue binder.",
        "Dock closed, pumps off.", "Police closed gate rd again.",
        "Spare 22 is at station 7 with a broken stretcher mount since tues",
        "18k visitors per arm, p=0.01 on take rate.", "Rps flat, +0.3%, not significant",
        "we sell about 60 dozen a week")) {
      assertThat(Cues.ENGLISH.reportsWorkTried(given)).as(given).isTrue();
    }
    for (String given : List.of("Kessel, Display zeigt E42, laut Handbuch Zündstörung",
        "kostet 800, der GF unterschreibt das nicht", "Sporentest am Montag bestanden, Protokoll im blauen Ordner",
        "Steg zu, Pumpen aus.", "41 im Dienst, 6 davon die großen Busse",
        "wir verkaufen so 60 Dutzend pro Woche")) {
      assertThat(Cues.GERMAN.reportsWorkTried(given)).as(given).isTrue();
    }
    for (String given : List.of("ça coûte 800, le DG ne signera pas",
        "test de spores réussi lundi, le registre est dans le classeur bleu",
        "quai fermé, pompes coupées.", "l'écran affiche E42, selon le manuel défaut d'allumage",
        "on vend environ 60 douzaines par semaine")) {
      assertThat(Cues.FRENCH.reportsWorkTried(given)).as(given).isTrue();
    }
    for (String given : List.of("cuesta 800, el gerente no lo firma",
        "la prueba de esporas pasó el lunes", "muelle cerrado, bombas apagadas.",
        "la pantalla marca E42, según el manual fallo de encendido",
        "vendemos unas 60 docenas por semana")) {
      assertThat(Cues.SPANISH.reportsWorkTried(given)).as(given).isTrue();
    }
    for (String given : List.of("É. a gente vende umas 60 dúzias por semana",
        "custa 800, o gerente não assina", "teste de esporos passou segunda",
        "doca fechada, bombas desligadas.", "o visor marca E42, segundo o manual falha de ignição")) {
      assertThat(Cues.PORTUGUESE.reportsWorkTried(given)).as(given).isTrue();
    }
    for (String given : List.of("800円かかるので部長は承認しません", "芽胞検査は月曜に合格、記録は青いファイルに",
        "桟橋は閉鎖、ポンプは停止。", "画面にE42と表示、マニュアルによると点火不良", "週に60ダースくらい売れます")) {
      assertThat(Cues.JAPANESE.reportsWorkTried(given)).as(given).isTrue();
    }
    assertThat(decisions("raj", "are the idempotency keys per order?",
        "nina", "Keys are generated per attempt not per order.", "raj", "ok")).isEmpty();
    // Near misses: what will be, or what holds from now on.
    assertThat(Cues.ENGLISH.reportsWorkTried("we keep the old keys until Friday")).isFalse();
    assertThat(Cues.ENGLISH.reportsWorkTried("stays at 92 until the warranty case closes"))
        .isFalse();
    assertThat(Cues.GERMAN.reportsWorkTried("wir behalten die alten Schlüssel bis Freitag"))
        .isFalse();
    assertThat(Cues.GERMAN.reportsWorkTried("bleibt bei 92, bis der Garantiefall geschlossen ist"))
        .isFalse();
    assertThat(Cues.GERMAN.reportsWorkTried(
        "Bis der Test bestanden ist, wird mit dem Gerät nichts aufbereitet.")).isFalse();
    assertThat(Cues.FRENCH.reportsWorkTried("on garde les anciennes clés jusqu'à vendredi"))
        .isFalse();
    assertThat(Cues.FRENCH.reportsWorkTried("ça reste à 92 jusqu'à la fin du dossier garantie"))
        .isFalse();
    assertThat(Cues.SPANISH.reportsWorkTried("mantenemos las claves viejas hasta el viernes"))
        .isFalse();
    assertThat(Cues.SPANISH.reportsWorkTried("se queda en 92 hasta que cierre el caso de garantía"))
        .isFalse();
    assertThat(Cues.PORTUGUESE.reportsWorkTried("a gente mantém as chaves antigas até sexta"))
        .isFalse();
    assertThat(Cues.PORTUGUESE.reportsWorkTried("fica em 92 até fechar o caso da garantia"))
        .isFalse();
    assertThat(Cues.JAPANESE.reportsWorkTried("金曜までは古いキーを使い続けます")).isFalse();
    assertThat(Cues.JAPANESE.reportsWorkTried("保証の件が終わるまで92のままにします")).isFalse();
  }
}
