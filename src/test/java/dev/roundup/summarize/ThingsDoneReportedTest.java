package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A thing and what was done to it, said first ("Aviso publicado en el portal y mandado al grupo",
 * "Aviso publicado no portal e mandado no grupo"), reports work done ({@link Cues#done()}), as
 * "Rollback done" and "Notice posted" do in English: it is nobody's task still to do. The same
 * thing named with its article ("el aviso publicado ayer tenía un error") is described, not
 * reported done. (In a thread, the report answering one's own "y yo aviso a los socios …" is then
 * no second task; scored on the eval threads.)
 */
class ThingsDoneReportedTest {

  @Test
  void a_thing_and_what_was_done_to_it_is_done() {
    assertThat(Cues.SPANISH.done().matcher("Aviso publicado en el portal y mandado al grupo de"
        + " whatsapp").find()).isTrue();
    assertThat(Cues.PORTUGUESE.done().matcher("Aviso publicado no portal e mandado no grupo do"
        + " whatsapp").find()).isTrue();
    assertThat(Cues.ENGLISH.done().matcher("posted on the portal and sent to the whatsapp group")
        .find()).isTrue();
    // Near misses: the thing described with its article, and a request.
    assertThat(Cues.SPANISH.done().matcher("el aviso publicado ayer tenía un error").find())
        .isFalse();
    assertThat(Cues.PORTUGUESE.done().matcher("o aviso publicado ontem tinha um erro").find())
        .isFalse();
  }
}
