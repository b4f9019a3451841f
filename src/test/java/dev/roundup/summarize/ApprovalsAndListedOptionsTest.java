package dev.roundup.summarize;

import static dev.roundup.summarize.Threads.decisions;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An approval given in the first person ("aprovo reembolso proporcional …", "I approve the
 * exception") decides, while one reported as news does not; and options named as such without a
 * question mark ("date candidates May 20 or June 3") are a choice that a closing line ("May 20
 * then") settles.
 */
class ApprovalsAndListedOptionsTest {

  @Test
  void an_approval_given_in_the_first_person_is_recognised_in_every_language() {
    assertThat(Cues.ENGLISH.approvalGiven().matcher("I approve the partial refund").find())
        .isTrue();
    assertThat(Cues.GERMAN.approvalGiven().matcher("ich genehmige die Ausnahme").find()).isTrue();
    assertThat(Cues.FRENCH.approvalGiven().matcher("j'approuve le remboursement").find())
        .isTrue();
    assertThat(Cues.SPANISH.approvalGiven().matcher("apruebo el reembolso").find()).isTrue();
    assertThat(Cues.PORTUGUESE.approvalGiven()
        .matcher("aprovo reembolso proporcional dos 10 meses restantes").find()).isTrue();
    assertThat(Cues.JAPANESE.approvalGiven().matcher("返金を許可します。").find()).isTrue();
  }

  @Test
  void an_approval_asked_for_reported_or_of_a_person_is_not_given() {
    assertThat(Cues.ENGLISH.approvalGiven().matcher("I approve of the new office").find())
        .isFalse();
    assertThat(Cues.ENGLISH.approvalGiven().matcher("can you approve the refund").find())
        .isFalse();
    assertThat(Cues.PORTUGUESE.approvalGiven().matcher("o financeiro já aprovou").find())
        .isFalse();
    assertThat(Cues.SPANISH.approvalGiven().matcher("¿quién aprueba esto?").find()).isFalse();
    assertThat(Cues.JAPANESE.approvalGiven().matcher("承認しますか？").find()).isFalse();
  }

  @Test
  void an_exception_approved_by_whoever_decides_them_is_a_decision() {
    assertThat(decisions(
        "U1", "se o produto não entregou o que vendemos dá pra abrir exceção. <@U2> decide"
            + " exceções",
        "U2", "vi os tickets, o problema era nosso mesmo. aprovo reembolso proporcional dos 10"
            + " meses restantes"))
        .singleElement().asString().contains("Aprovo reembolso proporcional");
  }

  @Test
  void options_named_without_a_question_mark_are_settled_by_a_closing_line() {
    assertThat(decisions(
        "U1", "customer summit planning kickoff: date candidates May 20 or June 3. budget is 60k",
        "U2", "June 3 clashes with the big industry conference",
        "U1", "good point. May 20 then"))
        .singleElement().asString().contains("May 20");
  }

  @Test
  void a_list_without_options_named_settles_nothing() {
    assertThat(decisions(
        "U1", "we have two dashboards, grafana or kibana, both a bit stale",
        "U2", "kibana is older",
        "U1", "good point. grafana then"))
        .isEmpty();
  }

  @Test
  void options_laid_out_under_a_label_are_no_decision_whoever_lays_them_out() {
    List<String> found = DecisionDetector.detect(new PreparedConversation(
        TestConversations.thread(
            "UJOY", "update on the chad visas: embassy in brussels still has all 4"
                + " passports, now they say \"2-3 more weeks\". that's past the 3 june"
                + " start",
            "UAMARA", "ugh. anything that speeds it up? another letter from the ministry?",
            "UJOY", "the ministry of water invitation letter is already with them. our"
                + " contact in ndjamena says the hold up is foreign affairs, they're"
                + " re-checking every ngo visa since april",
            "USOFIA", "drilling contractor is booked from 5 june. if we're not there they"
                + " either start without supervision or we pay standby, 1,800 usd/day",
            "UPAOLO", "2-3 weeks standby = up to ~38k. that's not in the budget line, at all",
            "UAMARA", "options: 1) push everything 3 weeks incl contractor, 2) local team"
                + " supervises the first phase and we join later",
            "UTARIQ", "contractor told me on the phone they can hold 2 weeks free, after"
                + " that they go to another job and come back in august",
            "USOFIA", "moussa and halima did the supervision on the last borehole programme,"
                + " they know the checklists",
            "UAMARA", "ok. contractor starts 5 june as booked, moussa and halima supervise"
                + " phase 1 (site survey + mobilisation), no drilling until at least one"
                + " of our engineers is on site",
            "USOFIA", "works for me. I'll do a daily call with them from here",
            "UPAOLO", "+1 keeps us off standby",
            "UJOY", "flights — the 1 june tickets are flexible, 150 eur change fee each."
                + " change now or wait?",
            "UAMARA", "wait till the passports are back, no point changing twice",
            "UTARIQ", "the pumps container lands in douala on the 28th either way, I'll keep"
                + " that on schedule",
            "UHENRIK", "has anyone asked the donor if a 3 week slip on the reporting is ok?"
                + " q2 report is due 30 june",
            "UAMARA", "not yet. I'll email their programme officer today",
            "UJOY", "should we apply for a second set of visas via paris as backup? some"
                + " ngos did that last year",
            "UAMARA", "can you find out if that's even allowed while the brussels"
                + " applications are open? no idea tbh",
            "UJOY", "will call the consular line tomorrow",
            "UHENRIK", "also moussa and halima need a security briefing if they're leading on"
                + " site, phase 1 sites are close to the border",
            "USOFIA", "good point. who does those now, since kai left?",
            "UAMARA", "nobody yet tbh. <@UHENRIK> can you cover it this time?",
            "UHENRIK", "yes, thursday by video",
            "USOFIA", "👍",
            "UPAOLO", "sorry late to this — will the contractor want a deposit for the 2"
                + " week hold?")))
        .stream().map(d -> d.value().text()).toList();
    assertThat(found).noneMatch(d -> d.toLowerCase(java.util.Locale.ROOT).startsWith("options"));
    assertThat(found).anyMatch(d -> d.contains("starts 5 june as booked"));
  }

  @Test
  void a_list_is_laid_out_under_its_label_or_named_as_options_joined_by_or() {
    PreparedConversation c = new PreparedConversation(Threads.chat(
        "U1", "ok, opções: 1) adiar tudo, 2) a equipe local supervisiona",
        "U1", "date candidates May 20 or June 3",
        "U1", "we have two options now that the quote is in",
        "U1", "options for the venue?",
        "U1", "two options: i hotfix your segment table by hand (30 min) or you roll back",
        "U1", "Wir nehmen Option 2, nicht 1 oder 3.",
        "U1", "We take the cheaper option, whether or not finance likes it",
        "U1", "We go with GitHub Actions; the other options (Jenkins or CircleCI) are out"));
    // Near misses after the first two: no "or", a question, a choice made (its decision
    // words, an "or" that joins no options, or options named in another clause).
    assertThat(c.sentences()).extracting(s -> LaidOutOptions.laysOut(c, s))
        .containsExactly(true, true, false, false, true, false, false, false);
  }
}
