package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * An answer that says the question is not the answerer's to decide ("not our call, settlements
 * handle that", "das entscheiden wir nicht", "eso no lo decidimos nosotros") settles nothing,
 * even from whoever leads the thread: the question stays open. Saying whose call it is ("my call:
 * we roll back") still decides.
 */
class NotOursToDecideTest {

  private static final String PLAN = "plan for tonight: we keep unit 3 offline until the relay is"
      + " replaced, brenfield covers the peak";

  private static List<String> decisions(String... userTextPairs) {
    return DecisionDetector.detect(new PreparedConversation(Threads.chat(userTextPairs)))
        .stream().map(d -> d.value().text()).toList();
  }

  private static List<String> open(String... userTextPairs) {
    return OpenQuestionDetector.detect(new PreparedConversation(Threads.chat(userTextPairs)),
        Set.of()).stream().map(d -> d.value().text()).toList();
  }

  private static void leftOpen(String question, String answer) {
    leftOpen(PLAN, question, answer);
  }

  private static void leftOpen(String plan, String question, String answer) {
    String[] thread = {"U1", plan, "U2", question, "U1", answer};
    String answered = start(answer);
    String asked = start(question).toLowerCase(Locale.ROOT);
    assertThat(decisions(thread)).as(answer).noneMatch(d -> d.contains(answered));
    assertThat(open(thread)).as(answer)
        .anyMatch(q -> q.toLowerCase(Locale.ROOT).startsWith(asked));
  }

  private static String start(String text) {
    return text.substring(0, Math.min(8, text.length()));
  }

  @Test
  void the_lead_saying_it_is_not_theirs_to_decide_leaves_the_question_open() {
    leftOpen("do we pay the penalty for the missed capacity window?",
        "not our call, settlements handle that");
    leftOpen("do we give the drivers heated seat covers too?",
        "budget questions go to Rhona in finance, not my call.");
    leftOpen("do we tell the press about the trip?", "that's not up to us, comms decides");
    leftOpen("do we apply the cut-off to intercompany too?",
        "hm, no idea how they'd hit day 3. let me take that to their finance lead");
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
        "Não cabe a nós, quem decide é o financeiro.");
    leftOpen("今夜の計画：3号機はリレー交換まで停止のままです。", "違約金は払いますか？",
        "それは経理の判断なので、うちでは決められません。");
  }

  @Test
  void saying_whose_call_it_is_still_decides() {
    assertThat(decisions(
        "U1", PLAN,
        "U2", "do we pay the penalty for the missed capacity window?",
        "U1", "my call: we pay it and claim it back from the vendor"))
        .anyMatch(d -> d.contains("we pay it and claim it back"));
  }

  @Test
  void a_yes_whose_subject_only_ends_in_ing_grants_the_question() {
    // "anything" reads like "Running it now" to a test for -ing words: it is no report of
    // someone doing it, so the yes grants what was asked.
    assertThat(decisions(
        "U1", "we move to Hollybrook from 1 May, all four branches",
        "U2", "+1",
        "U3", "can we keep evergreen for pets already in their system?",
        "U2", "yes, anything collected before 1 May stays with evergreen"))
        .anyMatch(d -> d.contains("anything collected before 1 May stays with evergreen"));
    // A yes followed by doing it is the answerer's task, not a rule.
    assertThat(decisions(
        "U1", "the index build is stuck again",
        "U2", "can we restart the index build tonight?",
        "U3", "yes, running it now"))
        .noneMatch(d -> d.contains("running it now"));
  }
}
