package dev.roundup.summarize;

import static dev.roundup.summarize.Threads.decisions;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Decisions stated plainly, without a decision word: the answer to a question about how the plan
 * goes on from whoever leads the thread, or accepted by the asker; "Thursday Dec 11, 2–5pm it is";
 * a rule or a schedule put as a labelled line and agreed to; a date agreed to by naming it. Each
 * beside the wordings that only look like them: hedges, deferrals, redirects, tasks taken on,
 * reports of where things stand, questions about what is, hypotheticals and requests.
 */
class PlainDecisionsTest {

  @Test
  void we_go_with_said_in_the_present_decides_and_supposed_or_asked_does_not() {
    assertThat(decisions(
        "U1", "the vendor sent a new quote, 12% under the old one",
        "U2", "what do we do about the contract?",
        "U3", "ok, we go with the new vendor"))
        .singleElement().asString().startsWith("Ok, we go with the new vendor");
    assertThat(decisions(
        "U1", "the vendor sent a new quote, 12% under the old one",
        "U2", "what do we do about the contract?",
        "U3", "if we go with the new vendor we lose the loyalty discount"))
        .isEmpty();
    assertThat(decisions(
        "U1", "the vendor sent a new quote, 12% under the old one",
        "U3", "so we go with the new vendor?"))
        .isEmpty();
    // Put on a condition, it is no decision word (whatever else may read it as a plan).
    assertThat(Cues.ENGLISH.decision()
        .matcher("then we go with the new vendor if legal says the exit clause holds").find())
        .isFalse();
    assertThat(Cues.ENGLISH.decision().matcher("ok, we go with the new vendor").find()).isTrue();
    assertThat(decisions(
        "U1", "the vendor sent a new quote, 12% under the old one",
        "U2", "what do we do about the contract?",
        "U3", "great, we go with the new vendor"))
        .singleElement().asString().startsWith("Great, we go with the new vendor");
  }

  @Test
  void a_plan_question_answered_plainly_by_whoever_started_the_thread_is_a_decision() {
    assertThat(decisions(
        "U1", "Proposal: we move web and backend to trunk-based development in January.",
        "U2", "do we keep the develop branch?",
        "U1", "delete it after the last release branch merges"))
        .contains("Delete it after the last release branch merges");
    assertThat(decisions(
        "U1", "Q1 tech debt week is blocked for Jan 19-23, we need to pick what's in.",
        "U2", "what about the docs cleanup?",
        "U1", "out. that's docs debt, not tech debt"))
        .singleElement().asString().startsWith("Out. that's docs debt");
    assertThat(decisions(
        "U1", "On-call pay: flat 200 a week plus 50 per page, capped at 300.",
        "U2", "and time off in lieu after a night page?",
        "U1", "that stays as it is today, the morning off without approval"))
        .singleElement().asString().startsWith("That stays as it is today");
  }

  @Test
  void a_plan_question_answered_by_the_thread_lead_is_a_decision_in_every_language() {
    assertThat(decisions(
        "U1", "Der Druckdienst läuft wieder auf Version 2.3, der Versand läuft.",
        "U2", "und das Update auf 2.4?",
        "U1", "2.4 geht erst wieder raus, wenn sie im Staging getestet ist"))
        .singleElement().asString().startsWith("2.4 geht erst wieder raus");
    assertThat(decisions(
        "U1", "On quitte Confluence fin mars, la migration vers Outline commence en février.",
        "U2", "et pour les espaces archivés ?",
        "U1", "export en PDF, pas de migration"))
        .singleElement().asString().startsWith("Export en PDF");
    assertThat(decisions(
        "U1", "El parche de permisos sale hoy antes de las 18h.",
        "U2", "¿y los informes borrados?",
        "U1", "se restauran desde la papelera, sin coste para el cliente"))
        .singleElement().asString().startsWith("Se restauran desde la papelera");
    assertThat(decisions(
        "U1", "A nota de novembro saiu com o CNPJ antigo, vamos emitir uma nova.",
        "U2", "e quanto aos outros clientes?",
        "U1", "mesma regra para todos, o contrato atualiza junto com o painel"))
        .singleElement().asString().startsWith("Mesma regra para todos");
    assertThat(decisions(
        "U1", "リリース日を水曜日に変更します。",
        "U2", "時間は？",
        "U1", "午前10時でお願いします。問題が出ても営業時間内に対応できるので"))
        .singleElement().asString().startsWith("午前10時");
  }

  @Test
  void whoever_settled_a_point_earlier_in_the_thread_settles_the_next_by_answering_it() {
    assertThat(decisions(
        "U1", "提案です。リリース日を金曜から水曜に変えたいです。",
        "U2", "賛成です",
        "U3", "じゃあ水曜リリースで決定。",
        "U2", "時間は？",
        "U3", "午前10時で。問題が出ても対応できるので"))
        .anyMatch(d -> d.startsWith("午前10時"));
    // Nobody who leads the thread answered: one voice among others.
    assertThat(decisions(
        "U1", "リリース日を水曜日に変更します。",
        "U2", "時間は？",
        "U3", "午前10時がいいと思います"))
        .isEmpty();
  }

  @Test
  void a_plain_answer_the_asker_accepts_is_a_decision_whoever_gives_it() {
    assertThat(decisions(
        "U1", "Android 5.12 users are stuck in a login loop, we halted the rollout.",
        "U1", "when do we resume the rollout?",
        "U2", "once 5.13 is out. not before",
        "U1", "ok"))
        .singleElement().asString().startsWith("Once 5.13 is out");
  }

  @Test
  void an_answer_that_hedges_defers_redirects_or_takes_the_work_on_decides_nothing() {
    assertThat(decisions(
        "U1", "Tech debt week is Jan 19-23.",
        "U2", "do we freeze features that week?",
        "U1", "I'll check with product, dunno yet",
        "U1", "reminder votes close friday, final list goes out monday")).isEmpty();
    assertThat(decisions(
        "U1", "Webinar for the reporting launch on Jan 28.",
        "U2", "when do we open registration?",
        "U1", "TBD, depends on the platform license")).isEmpty();
    assertThat(decisions(
        "U1", "Python 3.8 is dropped in 4.0.",
        "U2", "what about 3.9?",
        "U1", "probably next year, but that's a v3 discussion")).isEmpty();
    assertThat(decisions(
        "U1", "On-call pay starts Jan 1.",
        "U2", "what about contractors?",
        "U1", "no idea, ask legal")).isEmpty();
    assertThat(decisions(
        "U1", "Der Druckdienst läuft wieder auf Version 2.3.",
        "U2", "und das Update auf 2.4?",
        "U1", "weiß ich noch nicht, klären wir im Review")).isEmpty();
    assertThat(decisions(
        "U1", "リリース日を水曜日に変更します。",
        "U2", "祝日の場合はどうしますか？",
        "U1", "うーん、それはまだ決めてない。次の定例で話しましょう")).isEmpty();
  }

  @Test
  void a_report_of_where_things_stand_a_question_about_what_is_or_a_case_put_is_no_plan() {
    assertThat(decisions(
        "U1", "Code freeze is Tuesday noon, release Thursday.",
        "U2", "What about the translations, are they in by Tuesday?",
        "U1", "Translations arrived this morning, they're merged.")).isEmpty();
    assertThat(decisions(
        "U1", "First review within one business day.",
        "U2", "and if the author is in another time zone?",
        "U1", "business day of the reviewer, then")).isEmpty();
    assertThat(decisions(
        "U1", "Sync with Google Calendar stopped for 14 users.",
        "U2", "which version are they on?",
        "U1", "the web app, so the version does not matter")).isEmpty();
    assertThat(decisions(
        "U1", "The rollout of 5.12 is halted.",
        "U2", "when do we resume the rollout?",
        "U1", "when do you think?")).isEmpty();
  }

  @Test
  void a_choice_closed_with_a_date_or_time_and_it_is_is_a_decision() {
    assertThat(decisions(
        "U1", "Bug bash for 6.0: Wed Dec 10 clashes with the sales kickoff.",
        "U2", "what about Thursday?",
        "U1", "ok, Thursday Dec 11, 2–5pm it is"))
        .singleElement().asString().contains("Thursday Dec 11, 2–5pm it is");
    assertThat(decisions(
        "U1", "the retro ran long again",
        "U2", "it is what it is")).isEmpty();
    assertThat(decisions(
        "U1", "the build is slow on the new runners",
        "U2", "that's just how it is")).isEmpty();
    // Agreeing that something is so decides nothing.
    assertThat(decisions(
        "U1", "is the debate still on at 7 even with the mayor ill?",
        "U2", "lol of course it is")).isEmpty();
  }

  @Test
  void a_rule_or_schedule_put_as_a_labelled_line_and_agreed_to_is_a_decision() {
    assertThat(decisions(
        "U1", "we'd need a rule: every feature flag gets an owner and a removal date",
        "U2", "makes sense"))
        .singleElement().asString().contains("every feature flag gets an owner");
    assertThat(decisions(
        "U2", "On doit quitter Confluence avant la fin mars, la licence n'est pas renouvelée.",
        "U1", "calendrier : ménage en janvier, migration en février, lecture seule dès le 1er mars",
        "U2", "ça me va",
        "U3", "ok pour moi"))
        .singleElement().asString().startsWith("Calendrier");
    assertThat(decisions(
        "U2", "O cliente mudou o CNPJ em outubro e a nota de novembro saiu com o antigo.",
        "U1", "a regra passa a ser: mudou o CNPJ no painel, o contrato atualiza junto",
        "U2", "concordo"))
        .singleElement().asString().contains("o contrato atualiza junto");
    assertThat(decisions(
        "U1", "schedule: TBD, depends on the venue",
        "U2", "ok")).isEmpty();
  }

  @Test
  void a_date_put_as_a_question_and_agreed_to_by_naming_it_is_a_decision() {
    assertThat(decisions(
        "U1", "dry run on jan 26?",
        "U2", "26 works",
        "U3", "26 is ok"))
        .singleElement().asString().containsIgnoringCase("dry run on jan 26");
    // Naming the date while taking on a request agrees to the request, not to a plan.
    assertThat(decisions(
        "U1", "Ivy, mind sending me the draft abstract by Monday?",
        "U2", "sure, Monday works")).isEmpty();
  }

  @Test
  void a_date_agreed_to_by_naming_it_settles_the_question_in_every_language() {
    assertThat(decisions(
        "U1", "Wir brauchen noch einen Termin für den Probelauf der Migration.",
        "U1", "Probelauf der Migration am 26.?",
        "U2", "26 passt",
        "U3", "26 passt mir"))
        .singleElement().asString().containsIgnoringCase("Probelauf der Migration am 26");
    assertThat(decisions(
        "U1", "Il nous faut encore une date pour la répétition générale du webinaire.",
        "U1", "répétition générale le 26 ?",
        "U2", "le 26 me va",
        "U3", "26 c'est bon"))
        .singleElement().asString().containsIgnoringCase("répétition générale le 26");
    assertThat(decisions(
        "U1", "Nos falta una fecha para el ensayo general del seminario web.",
        "U1", "¿ensayo general el 26?",
        "U2", "el 26 me va",
        "U3", "26 está bien"))
        .singleElement().asString().containsIgnoringCase("ensayo general el 26");
    assertThat(decisions(
        "U1", "Ainda falta uma data para o ensaio geral do webinar com os clientes.",
        "U1", "ensaio no dia 26?",
        "U2", "dia 26 funciona",
        "U3", "26 pode ser"))
        .singleElement().asString().containsIgnoringCase("ensaio no dia 26");
    assertThat(decisions(
        "U1", "ウェビナーのリハーサルの日程を決めたいです。",
        "U1", "ウェビナーのリハーサルは26日にしませんか？",
        "U2", "26日で大丈夫です",
        "U3", "26日で問題ないです"))
        .singleElement().asString().contains("26日");
  }

  @Test
  void a_labelled_rule_agreed_to_is_a_decision_in_german_spanish_and_japanese() {
    assertThat(decisions(
        "U1", "Die Hotfixes der letzten Woche gingen alle ohne Review raus, das war nicht gut und wir wollen das ändern.",
        "U1", "Regel: jeder Hotfix braucht ein zweites Paar Augen",
        "U2", "einverstanden"))
        .singleElement().asString().contains("jeder Hotfix");
    assertThat(decisions(
        "U1", "Los parches de la semana pasada salieron todos sin revisión y eso no nos gusta nada.",
        "U1", "regla: cada parche necesita una segunda revisión",
        "U2", "de acuerdo"))
        .singleElement().asString().contains("cada parche");
    assertThat(decisions(
        "U1", "先週のホットフィックスはレビューなしで出ました。",
        "U1", "ルール：ホットフィックスもレビュー必須にします",
        "U2", "賛成"))
        .singleElement().asString().contains("レビュー必須");
  }

  @Test
  void a_plan_step_asked_with_too_and_granted_is_a_decision_while_a_fact_asked_is_not() {
    assertThat(decisions(
        "U1", "Android 5.12 users are stuck in a login loop.",
        "U1", "halt the staged rollout of 5.12 too? we're at 20%",
        "U2", "yes halt it"))
        .singleElement().asString().containsIgnoringCase("halt the staged rollout");
    assertThat(decisions(
        "U1", "The offsite is in Lisbon this year.",
        "U1", "is Ana coming too?",
        "U2", "yes, she lands on Monday")).isEmpty();
  }

  @Test
  void a_candidate_taken_in_with_thats_in_is_a_decision_but_where_something_is_is_not() {
    assertThat(decisions(
        "U1", "Tech debt week candidates are in the doc, we need to pick what goes in.",
        "U2", "then only the first half of the auth work: move the last 2 clients off it",
        "U1", "ok, that's in, scoped to the 2 clients"))
        .singleElement().asString().startsWith("Then only the first half of the auth work");
    for (String where : List.of("that's in prod since this morning", "it's in the doc, page 3",
        "that's in staging now")) {
      assertThat(decisions(
          "U1", "Tech debt week candidates are in the doc, we need to pick what goes in.",
          "U2", "then only the first half of the auth work: move the last 2 clients off it",
          "U1", where)).as(where).isEmpty();
    }
  }

  @Test
  void a_bare_later_puts_off_the_proposal_it_answers() {
    assertThat(decisions(
        "U1", "let's not have this discussion again in a year",
        "U2", "yeah, later")).isEmpty();
  }
}
