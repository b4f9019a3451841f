package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageDetectorTest {

  private static List<Message> said(String... texts) {
    return TestConversations.thread(interleave(texts)).messages();
  }

  private static String[] interleave(String... texts) {
    String[] pairs = new String[texts.length * 2];
    for (int i = 0; i < texts.length; i++) {
      pairs[i * 2] = "U0" + i + "X";
      pairs[i * 2 + 1] = texts[i];
    }
    return pairs;
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "English|We should move the deploy to Friday, the tests are not green yet and I would wait.",
      "German|Wir sollten das Deployment auf Freitag schieben, die Tests sind noch nicht grün.",
      "French|Il faut décaler le déploiement à vendredi, les tests ne sont pas encore verts et je préfère attendre.",
      "Spanish|Tenemos que mover el despliegue al viernes, las pruebas no están en verde y yo prefiero esperar porque hay errores.",
      "Portuguese|Temos que mudar o deploy para sexta, os testes ainda não estão verdes e eu prefiro esperar porque você sabe.",
      "Italian|Dobbiamo spostare il rilascio a venerdì, i test non sono ancora verdi e io preferisco aspettare perché ho dubbi.",
      "Dutch|We moeten de deploy naar vrijdag verplaatsen, de tests zijn nog niet groen en ik wacht liever."})
  void detects_the_dominant_language(String language, String text) {
    assertThat(LanguageDetector.detect(said(text, text))).isEqualTo(language);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "English|we still need to send the invoice to acme|i'm sending it friday",
      "German|wer schickt heute die Rechnung an Acme?|mach ich morgen früh",
      "French|il faut encore envoyer la facture à Acme et appeler leur comptable|j'envoie la facture vendredi",
      "Spanish|hoy hay que mandar la factura a Acme|bueno, la mando mañana",
      "Portuguese|ainda falta mandar a fatura pra Acme, quem faz?|eu ligo pro cliente amanhã"})
  void tells_a_two_message_thread_apart(String language, String first, String reply) {
    assertThat(LanguageDetector.detect(said(first, reply))).isEqualTo(language);
  }

  @Test
  void follows_the_majority_of_a_mixed_thread() {
    assertThat(LanguageDetector.detect(said(
        "Can you check the logs?",
        "Ja, ich schaue mir das an, aber die Logs sind noch nicht da.",
        "Ich habe es gefunden: der Fehler ist in der Konfiguration und wir können es heute beheben.")))
        .isEqualTo("German");
  }

  @Test
  void too_little_to_tell_is_english() {
    assertThat(LanguageDetector.detect(said("ok", "👍", "<https://example.com|link>")))
        .isEqualTo("English");
  }

  @Test
  void a_configured_language_wins_over_detection() {
    List<Message> german = said("Wir sollten das auf Freitag schieben, die Tests sind nicht grün.");

    assertThat(LanguageDetector.outputLanguage("fr", german)).isEqualTo("French");
    assertThat(LanguageDetector.outputLanguage("Japanese", german)).isEqualTo("Japanese");
    assertThat(LanguageDetector.outputLanguage("auto", german)).isEqualTo("German");
  }
}
