package dev.roundup.summarize;

import static dev.roundup.summarize.Threads.decisions;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A figure asked about a time already past is reported, not decided; and once someone else has
 * put a question off, a later reply that goes on with the work settles nothing. Beside each, the
 * question about what comes next, or the reply before any putting off, that still decides.
 */
class FiguresAndWorkAfterAPutOffTest {

  private static boolean planQuestion(String said, String asked) {
    PreparedConversation c = new PreparedConversation(Threads.chat("U1", said, "U2", asked));
    return ChoiceQuestions.isPlanQuestion(c, c.sentences().get(c.sentences().size() - 1));
  }

  @Test
  void a_question_about_a_time_already_past_asks_what_happened() {
    assertThat(planQuestion("three buses stalled this morning",
        "how many buses were fueled from tank B last night?")).isFalse();
    assertThat(planQuestion("three buses stalled this morning",
        "how many spares do we keep on standby?")).isTrue();
    assertThat(planQuestion("la sauvegarde du serveur de fichiers a échoué cette nuit, encore une fois",
        "et combien de jours on a gardé les sauvegardes hier ?")).isFalse();
    assertThat(planQuestion("la sauvegarde du serveur de fichiers a échoué cette nuit, encore une fois",
        "et combien de jours on garde les sauvegardes ?")).isTrue();
  }

  @Test
  void a_figure_asked_about_last_night_is_no_decision() {
    assertThat(decisions(
        "U1", "three buses stalled this morning, all fueled from tank B",
        "U2", "how many buses were fueled from tank B last night?",
        "U3", "checking the fuel log... 23")).isEmpty();
    assertThat(decisions(
        "U1", "la cámara 2 se paró esta mañana",
        "U2", "¿y cuánto tiempo estuvo parada ayer?",
        "U3", "mirando el registro... 40 minutos")).isEmpty();
  }

  @Test
  void a_reply_after_someone_else_put_the_question_off_settles_nothing() {
    assertThat(decisions(
        "U3", "three buses stalled this morning, all fueled from tank B",
        "U2", "who phones the garage? and do we pay for towing the stalled buses or do they?",
        "U1", "I'll phone the garage. the towing bill is for accounts, not today",
        "U2", "ok",
        "U3", "the fitter says it's about 2h per bus. we'll start with the 3 stalled ones"))
        .isEmpty();
    assertThat(decisions(
        "U3", "trois bus en panne ce matin, tous pleins à la cuve B",
        "U2", "qui appelle le garage ? et est-ce qu'on paie le dépannage des bus en panne ou c'est eux ?",
        "U1", "le dépannage, on verra ça plus tard. j'appelle le garage moi-même",
        "U2", "ok",
        "U3", "le mécanicien dit 2h par bus. on commence par les 3 bus en panne")).isEmpty();
  }

  @Test
  void a_reply_before_any_putting_off_still_answers() {
    assertThat(decisions(
        "U1", "three buses stalled this morning, all fueled from tank B",
        "U2", "and do we pay for the recovery of the stalled buses?",
        "U1", "no, the supplier pays for the recovery, it was their delivery",
        "U2", "ok")).isNotEmpty();
    assertThat(decisions(
        "U1", "trois bus en panne ce matin, tous pleins à la cuve B",
        "U2", "et est-ce qu'on paie le dépannage des bus ?",
        "U1", "non, le fournisseur paie le dépannage, c'était sa livraison",
        "U2", "ok")).isNotEmpty();
  }
}
