package dev.roundup.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.roundup.summarize.SlackExport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatchupCommandTest {

  private static final String EXPORT = "samples/export";

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return new CatchupCommand().run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String stdout() {
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void a_catch_up_from_an_export_names_the_period_the_channels_and_the_receipt() {
    assertThat(run("--export", EXPORT, "--user", "U0CHEN", "--since", "2d")).isZero();
    assertThat(stdout()).startsWith("Catch-up for @chen since ")
        .contains("#eng — ").contains("Decisions")
        .contains("Quiet: ")
        .contains("Read 3 channels since ");
    assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void json_lists_what_waits_the_channels_and_the_receipt() {
    assertThat(run("--export", EXPORT, "--user", "U0CHEN", "--since", "2d", "--format", "json"))
        .isZero();
    JsonObject json = JsonParser.parseString(stdout()).getAsJsonObject();
    assertThat(json.keySet()).containsExactly("person", "since", "waiting", "channels", "receipt");
    assertThat(json.get("person").getAsString()).isEqualTo("U0CHEN");
    assertThat(json.getAsJsonArray("channels")).hasSize(3);
  }

  @Test
  void bad_input_exits_2_with_one_line() {
    assertThat(run("--export", EXPORT, "--user", "nobody")).isEqualTo(CliCommand.BAD_INPUT);
    assertThat(run("--export", EXPORT, "--user", "U0CHEN", "--since", "whenever"))
        .isEqualTo(CliCommand.BAD_INPUT);
    assertThat(run("--export", "samples/nowhere", "--user", "U0CHEN")).isEqualTo(CliCommand.BAD_INPUT);
    assertThat(stdout()).isEmpty();
    assertThat(err.toString(StandardCharsets.UTF_8).strip().lines()).hasSize(3);
  }

  private String stderr() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void a_since_longer_than_ninety_days_is_refused_in_the_words_the_slack_commands_use() {
    assertThat(run("--export", EXPORT, "--user", "U0CHEN", "--since", "400d"))
        .isEqualTo(CliCommand.BAD_INPUT);
    assertThat(stderr()).contains("at most 90 days").doesNotContain("not a time");
    assertThat(stderr().strip().lines()).hasSize(1);
    assertThat(stdout()).isEmpty();
  }

  @Test
  void a_user_id_missing_from_users_json_is_refused_naming_the_user() {
    assertThat(run("--export", EXPORT, "--user", "U09NOBODY1")).isEqualTo(CliCommand.BAD_INPUT);
    assertThat(stderr().strip().lines()).hasSize(1);
    assertThat(stderr()).contains("U09NOBODY1").contains("not in the export's users.json");
    assertThat(stdout()).doesNotContain("Nothing new").isEmpty();
  }

  @Test
  void a_user_is_named_by_any_id_in_users_json_or_by_a_name_only_one_person_has(@TempDir Path dir)
      throws Exception {
    Path export = copyOfSample(dir);
    Files.writeString(export.resolve("users.json"), """
        [{"id": "U2", "name": "chen", "profile": {"display_name": "Chen", "real_name": "Chen Wei"}},
         {"id": "U0ALICE", "name": "alice", "profile": {"display_name": "jo"}},
         {"id": "U0BORIS", "name": "boris", "profile": {"display_name": "jo"}},
         {"id": "U0DANA", "name": "dana", "profile": {"real_name": "Dana Okafor"}}]""");
    assertThat(CatchupCommand.person(users(export), "U2")).isEqualTo("U2");
    assertThat(CatchupCommand.person(users(export), "chen")).isEqualTo("U2");
    assertThat(CatchupCommand.person(users(export), "@Chen Wei")).isEqualTo("U2");
    assertThat(CatchupCommand.person(users(export), "dana okafor")).isEqualTo("U0DANA");

    assertThat(run("--export", export.toString(), "--user", "U2", "--since", "2d")).isZero();
    assertThat(stdout()).startsWith("Catch-up for @Chen since ");

    out.reset();
    assertThat(run("--export", export.toString(), "--user", "jo")).isEqualTo(CliCommand.BAD_INPUT);
    assertThat(stderr()).contains("'jo' could be alice (U0ALICE), boris (U0BORIS)");
    err.reset();
    assertThat(run("--export", export.toString(), "--user", "dan")).isEqualTo(CliCommand.BAD_INPUT);
    assertThat(stderr()).contains("'dan' is not in the export's users.json")
        .contains("did you mean dana (U0DANA)?");
    assertThat(stderr().strip().lines()).hasSize(1);
    assertThat(stdout()).isEmpty();
  }

  @Test
  void without_users_json_only_a_user_id_is_taken(@TempDir Path dir) throws Exception {
    Path export = copyOfSample(dir);
    Files.delete(export.resolve("users.json"));
    assertThat(run("--export", export.toString(), "--user", "chen")).isEqualTo(CliCommand.BAD_INPUT);
    assertThat(stderr()).contains("must be a Slack user id").contains("no users.json");
    assertThat(run("--export", export.toString(), "--user", "U0CHEN", "--since", "2d")).isZero();
  }

  private static List<JsonObject> users(Path export) throws Exception {
    return SlackExport.open(export).users();
  }

  private static Path copyOfSample(Path dir) throws IOException {
    Path from = Path.of(EXPORT);
    try (var files = Files.walk(from)) {
      for (Path p : files.toList()) {
        Path to = dir.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(to);
        } else {
          Files.copy(p, to);
        }
      }
    }
    return dir;
  }
}
