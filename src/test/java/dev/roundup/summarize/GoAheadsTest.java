package dev.roundup.summarize;

import static dev.roundup.summarize.Threads.decisions;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A bare go-ahead ("do it", "mach das", "fais-le", "hazlo", "manda ver", "進めてください") answering
 * a "can we…?" settles what was asked, as "go ahead" does; a go-ahead put off ("do it after the
 * release") or asked back ("do it now?") settles nothing.
 */
class GoAheadsTest {

  @ParameterizedTest(name = "{2}")
  @CsvSource(delimiter = '|', textBlock = """
      Google login is failing for everyone since 07:40, invalid_client in the logs | the OAuth client secret expired this morning. can we rotate it without a deploy? | do it
      Der Google-Login geht seit 7:40 bei allen nicht, invalid_client in den Logs | das OAuth-Secret ist heute Morgen abgelaufen. Können wir es ohne Deploy rotieren? | mach das
      El login de Google falla para todos desde las 7:40, invalid_client en los logs | el secreto del cliente OAuth caducó esta mañana. ¿podemos rotarlo sin desplegar? | hazlo
      O login do Google está falhando para todos desde as 7:40, invalid_client nos logs | o segredo do cliente OAuth expirou hoje de manhã. podemos rotacionar sem deploy? | manda ver
      """)
  void a_bare_go_ahead_settles_what_was_asked(String opener, String asked, String goAhead) {
    assertThat(decisions("U1", opener, "U2", asked, "U1", goAhead)).singleElement();
  }

  @ParameterizedTest(name = "{2}")
  @CsvSource(delimiter = '|', textBlock = """
      Google login is failing for everyone since 07:40, invalid_client in the logs | the OAuth client secret expired this morning. can we rotate it without a deploy? | do it after the release, not now
      Google login is failing for everyone since 07:40, invalid_client in the logs | the OAuth client secret expired this morning. can we rotate it without a deploy? | do it now?
      El login de Google falla para todos desde las 7:40, invalid_client en los logs | el secreto del cliente OAuth caducó esta mañana. ¿podemos rotarlo sin desplegar? | hazlo después del release, ahora no
      """)
  void a_go_ahead_put_off_or_asked_back_settles_nothing(String opener, String asked,
      String reply) {
    assertThat(decisions("U1", opener, "U2", asked, "U1", reply)).isEmpty();
  }
}
