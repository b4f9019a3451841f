package dev.roundup.summarize;

import static dev.roundup.summarize.Threads.decisions;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * An answer that opens or closes by saying the question is not the answerer's to decide ("not our
 * call, settlements handle that", "das entscheiden wir nicht", "eso no lo decidimos nosotros")
 * settles nothing, even from whoever leads the thread: the question stays open. The same words
 * inside a decision ("it was not our call back then, but going forward we …"), or saying whose
 * fault or doing something is ("der Fehler liegt nicht bei uns"), leave the decision standing.
 */
class NotOursToDecideTest {

  private static final String PLAN = "plan for tonight: we keep unit 3 offline until the relay is"
      + " replaced, brenfield covers the peak";

  private static List<String> open(String... userTextPairs) {
    return OpenQuestionDetector.detect(new PreparedConversation(Threads.chat(userTextPairs)),
        Set.of()).stream().map(d -> d.value().text()).toList();
  }

  private static String start(String text) {
    return text.substring(0, Math.min(8, text.length())).toLowerCase(Locale.ROOT);
  }

  private static void leftOpen(String plan, String question, String answer) {
    String[] thread = {"U1", plan, "U2", question, "U1", answer};
    assertThat(decisions(thread)).as(answer)
        .noneMatch(d -> d.toLowerCase(Locale.ROOT).contains(start(answer)));
    assertThat(open(thread)).as(answer)
        .anyMatch(q -> q.toLowerCase(Locale.ROOT).startsWith(start(question)));
  }

  private static void stillDecided(String plan, String question, String answer, String decided) {
    String[] thread = {"U1", plan, "U2", question, "U1", answer};
    assertThat(decisions(thread)).as(answer)
        .anyMatch(d -> d.toLowerCase(Locale.ROOT).contains(decided.toLowerCase(Locale.ROOT)));
    assertThat(open(thread)).as(answer).isEmpty();
  }

  @Test
  void the_lead_saying_it_is_not_theirs_to_decide_leaves_the_question_open() {
    leftOpen(PLAN, "do we pay the penalty for the missed capacity window?",
        "not our call, settlements handle that");
    leftOpen(PLAN, "do we give the drivers heated seat covers too?",
        "budget questions go to Rhona in finance, not my call.");
    leftOpen(PLAN, "do we tell the press about the trip?",
        "that's not for us to decide, the regulator publishes those");
  }

  @Test
  void the_same_in_every_language() {
    leftOpen("Plan für heute Nacht: Block 3 bleibt vom Netz, bis das Relais getauscht ist.",
        "Zahlen wir die Vertragsstrafe für das verpasste Fenster?",
        "Das entscheiden wir nicht, das macht die Abrechnung.");
    leftOpen("Plan pour ce soir : la tranche 3 reste arrêtée jusqu'au changement du relais.",
        "On paie la pénalité pour la fenêtre ratée ?",
        "C'est pas à nous de décider, c'est la compta.");
    leftOpen("Plan para esta noche: la unidad 3 sigue parada hasta cambiar el relé.",
        "¿Pagamos la penalización por la ventana perdida?",
        "Eso no lo decidimos nosotros, pásalo a gestión de cuentas.");
    leftOpen("Plano para hoje à noite: a unidade 3 fica parada até trocar o relé.",
        "Pagamos a multa pela janela perdida?",
        "Isso não depende da gente, o contrato é do grupo.");
    leftOpen("今夜の計画：3号機はリレー交換まで停止のままです。", "違約金は払いますか？",
        "それは私には決められません。");
  }

  @Test
  void the_same_words_inside_a_decision_or_about_whose_fault_it_is_leave_it_standing() {
    stillDecided("release plan: friday 5pm, hotfixes as needed",
        "do we keep allowing hotfixes without review?",
        "it was not our call back then, but going forward we require two approvals for every"
            + " hotfix", "two approvals for every hotfix");
    stillDecided(PLAN, "can we ship the batch to the US as it is?",
        "no, the packaging is not up to US regs, so we relabel everything before shipping",
        "relabel everything before shipping");
    stillDecided("Plan für heute: Rollout von 4.3 auf alle Filialen.",
        "Sollen wir trotzdem auf 4.3 gehen?",
        "Nein, der Fehler liegt nicht bei uns, wir bleiben auf 4.2.", "wir bleiben auf 4.2");
    stillDecided("Plan pour la sortie : on vise le 12 si le fournisseur livre.",
        "On décale la sortie ?",
        "Décision : on garde la date du 12, ça ne dépend pas de nous.",
        "on garde la date du 12");
    stillDecided("来月の配送体制について相談です。", "配送会社を2社体制にしますか？",
        "はい、こちらの判断で、来月から2社体制にします。", "来月から2社体制にします");
  }

  @Test
  void a_hesitation_spelled_hm_opens_a_non_answer_as_hmm_does() {
    leftOpen(PLAN, "do we apply the cut-off to intercompany too?",
        "hm, no idea how they'd hit day 3. let me take that to their finance lead");
  }

  @Test
  void a_yes_whose_subject_only_ends_in_ing_grants_the_question() {
    // "anything" and "pending" read like "Running it now" to a test for -ing words: they are no
    // report of someone doing it, so the yes grants what was asked.
    assertThat(decisions(
        "U1", "we move to Hollybrook from 1 May, all four branches",
        "U2", "+1",
        "U3", "can we keep evergreen for pets already in their system?",
        "U2", "yes, anything collected before 1 May stays with evergreen"))
        .anyMatch(d -> d.contains("anything collected before 1 May stays with evergreen"));
    assertThat(decisions(
        "U1", "we move to Hollybrook from 1 May, all four branches",
        "U2", "+1",
        "U3", "can we keep evergreen for pets already in their system?",
        "U2", "yes, pending claims too"))
        .anyMatch(d -> d.contains("pending claims too"));
    // A yes followed by doing it is the answerer's task, not a rule.
    assertThat(decisions(
        "U1", "the index build is stuck again",
        "U2", "can we restart the index build tonight?",
        "U3", "yes, running it now"))
        .noneMatch(d -> d.contains("running it now"));
  }
}
