package dev.roundup.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.Generate.pick;

import dev.roundup.HostileText;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Properties of {@code /digest} and its form: no exception, every refusal a reason with typed text
 * escaped, every accepted setting stored escaped and read back from its own words unchanged.
 */
class DigestArgsPropertiesTest {

  static Gen<String> commands() {
    Gen<String> channels = pick(List.of("<#C0ENG|eng>", "<#C0ENG|eng> <#C0DESIGN>", "#eng #design", "", "#eng"));
    Gen<String> options = pick(List.of("", "every friday at 4pm", "every monday at 9am to me",
        "focus \"launches, risks\"", "focus", "to <#C0LEADS|leads>", "to #general", "every 99999999999 days"));
    Gen<String> verb = pick(List.of("", "", "edit 2 ", "edit 99999999999 ", "preview ", "delete -1 ", "list ",
        "help ", "preview 1e9 "));
    return verb.zip(channels, options, HostileText.text(4), (v, c, o, free) -> v + c + " " + o + " " + free)
        .mix(HostileText.any(), 40);
  }

  /** Settings in the words the command reads: what the form and help show people. */
  static String words(DigestArgs.Settings s) {
    String channels = s.channels().stream().map(c -> c.matches("[CG][A-Z0-9]+") ? "<#" + c + ">" : "#" + c)
        .collect(Collectors.joining(" "));
    return channels + (s.schedule() == null ? "" : " " + s.schedule())
        + (s.focus() == null ? "" : " focus \"" + s.focus() + "\"")
        + (s.destination() == null ? "" : " to " + (s.destination().equals("me") ? "me"
            : s.destination().matches("[CG][A-Z0-9]+") ? "<#" + s.destination() + ">" : "#" + s.destination()));
  }

  @Test
  void every_command_is_understood_or_refused_with_an_escaped_reason() {
    qt().withExamples(3_000).withShrinkCycles(200).forAll(commands()).checkAssert(text -> {
      DigestArgs.Parsed parsed = DigestArgs.parse(text);
      if (parsed instanceof DigestArgs.Invalid inv) {
        assertThat(inv.reason()).isNotBlank().hasSizeLessThan(1_000);
        assertThat(HostileText.hasRawMarkup(inv.reason())).as(inv.reason()).isFalse();
      }
      if (parsed instanceof DigestArgs.Settings s && s.focus() != null) {
        assertThat(HostileText.hasRawMarkup(s.focus())).as(s.focus()).isFalse();
      }
    });
  }

  @Test
  void accepted_settings_read_back_from_their_own_words() {
    qt().withExamples(3_000).withShrinkCycles(200).forAll(commands()).checkAssert(text -> {
      if (DigestArgs.parse(text) instanceof DigestArgs.Settings s && !s.channels().isEmpty()
          && (s.focus() == null || !s.focus().matches("(?s).*[\"“”'].*"))) {
        DigestArgs.Parsed again = DigestArgs.parse(words(s));
        assertThat(again).as("'%s' as '%s'", text, words(s)).isEqualTo(s);
      }
    });
  }

  @Test
  void the_forms_fields_are_understood_or_refused_with_a_reason() {
    qt().withExamples(1_000).withShrinkCycles(200)
        .forAll(HostileText.text(4), HostileText.text(4), HostileText.text(3), HostileText.text(2))
        .checkAssert((channels, schedule, focus, destination) -> {
          DigestArgs.Parsed parsed = DigestForm.settings(new DigestForm.Fields(channels, schedule, focus, destination));
          if (parsed instanceof DigestArgs.Invalid inv) {
            assertThat(inv.reason()).isNotBlank();
          } else {
            assertThat(parsed).isInstanceOf(DigestArgs.Settings.class);
          }
        });
  }

  @Test
  void an_unclosed_quote_after_focus_is_refused_with_the_accepted_form() {
    DigestArgs.Parsed parsed = DigestArgs.parse("<#C0ENG|eng> focus \"launches, risks every friday at 4pm");

    assertThat(parsed).isInstanceOf(DigestArgs.Invalid.class);
    assertThat(((DigestArgs.Invalid) parsed).reason()).contains("never closed").contains("focus \"launches, risks\"");
  }
}
