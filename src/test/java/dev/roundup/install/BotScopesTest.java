package dev.roundup.install;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BotScopesTest {

  @Test
  void the_scopes_an_install_asks_for_are_exactly_the_manifests_bot_scopes() throws IOException {
    assertThat(BotScopes.ALL).containsExactlyInAnyOrderElementsOf(manifestBotScopes());
  }

  /** The items under oauth_config → scopes → bot in manifest.yml, comments dropped. */
  private static List<String> manifestBotScopes() throws IOException {
    List<String> lines = Files.readAllLines(Path.of("manifest.yml"));
    List<String> scopes = new ArrayList<>();
    boolean inBot = false;
    int botIndent = -1;
    for (String line : lines) {
      String content = line.replaceAll("\\s+#.*$", "");
      if (content.isBlank()) {
        continue;
      }
      int indent = content.length() - content.stripLeading().length();
      if (content.strip().equals("bot:") && line.contains("bot:") && !inBot && botIndent < 0
          && lines.subList(0, lines.indexOf(line)).stream().anyMatch(l -> l.strip().equals("scopes:"))) {
        inBot = true;
        botIndent = indent;
        continue;
      }
      if (inBot) {
        if (indent <= botIndent) {
          break;
        }
        scopes.add(content.strip().replaceFirst("^-\\s*", ""));
      }
    }
    assertThat(scopes).as("manifest.yml lists bot scopes").isNotEmpty();
    return scopes;
  }
}
