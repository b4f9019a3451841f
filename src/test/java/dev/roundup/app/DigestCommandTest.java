package dev.roundup.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code digest --export DIR …}: the JSON shape, the text form and the exit codes. */
class DigestCommandTest {

  private static final Path SAMPLE = Path.of("samples/export");

  private record Run(int status, String out, String err) {}

  private static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = new DigestCommand().run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void json_has_exactly_the_documented_shape_with_channels_in_display_order() {
    Run r = run("--export", SAMPLE.toString(), "--from", "2026-11-16", "--to", "2026-11-20",
        "--format", "json");

    assertThat(r.status()).isZero();
    JsonObject root = JsonParser.parseString(r.out()).getAsJsonObject();
    assertThat(root.keySet()).containsExactly("from", "to", "focus", "channels");
    assertThat(root.get("from").getAsString()).isEqualTo("2026-11-16");
    assertThat(root.get("to").getAsString()).isEqualTo("2026-11-20");
    assertThat(root.get("focus").isJsonNull()).isTrue();
    JsonArray channels = root.getAsJsonArray("channels");
    assertThat(channels).hasSize(3);
    List<String> names = new ArrayList<>();
    for (JsonElement e : channels) {
      JsonObject c = e.getAsJsonObject();
      names.add(c.get("name").getAsString());
      assertThat(c.keySet()).containsExactly("name", "messages", "participants", "quiet", "threads",
          "decisions", "actionItems");
      for (JsonElement t : c.getAsJsonArray("threads")) {
        assertThat(t.getAsJsonObject().keySet()).containsExactly("ts", "tldr", "replies");
      }
      for (JsonElement d : c.getAsJsonArray("decisions")) {
        assertThat(d.getAsJsonObject().keySet()).containsExactly("text", "sources");
      }
      for (JsonElement a : c.getAsJsonArray("actionItems")) {
        assertThat(a.getAsJsonObject().keySet()).containsExactly("owner", "text", "sources");
        JsonElement owner = a.getAsJsonObject().get("owner");
        assertThat(owner.isJsonNull() || owner.getAsString().startsWith("U")).isTrue();
      }
    }
    // Quiet channels are shown last.
    JsonObject last = channels.get(2).getAsJsonObject();
    assertThat(last.get("quiet").getAsBoolean()).isTrue();
    assertThat(names.subList(0, 2)).doesNotContain(last.get("name").getAsString());
    assertThat(channels.get(0).getAsJsonObject().get("quiet").getAsBoolean()).isFalse();
  }

  @Test
  void the_json_counts_match_the_export() throws IOException {
    Run r = run("--export", SAMPLE.toString(), "--channels", "design", "--from", "2026-11-16",
        "--to", "2026-11-20", "--format", "json");

    JsonObject design = JsonParser.parseString(r.out()).getAsJsonObject().getAsJsonArray("channels")
        .get(0).getAsJsonObject();
    int messages = 0;
    Set<String> people = new java.util.HashSet<>();
    try (var days = Files.list(SAMPLE.resolve("design"))) {
      for (Path day : days.toList()) {
        for (JsonElement m : JsonParser.parseString(Files.readString(day)).getAsJsonArray()) {
          messages++;
          people.add(m.getAsJsonObject().get("user").getAsString());
        }
      }
    }
    assertThat(design.get("messages").getAsInt()).isEqualTo(messages);
    assertThat(design.get("participants").getAsInt()).isEqualTo(people.size());
  }

  @Test
  void a_narrower_period_and_channel_list_are_honoured_and_focus_is_echoed() {
    Run r = run("--export", SAMPLE.toString(), "--channels", "incidents,eng", "--from", "2026-11-18",
        "--to", "2026-11-18", "--focus", "report job", "--format", "json");

    JsonObject root = JsonParser.parseString(r.out()).getAsJsonObject();
    assertThat(root.get("focus").getAsString()).isEqualTo("report job");
    JsonArray channels = root.getAsJsonArray("channels");
    assertThat(channels).hasSize(2);
    assertThat(channels.get(0).getAsJsonObject().get("name").getAsString()).isEqualTo("incidents");
    JsonObject eng = channels.get(1).getAsJsonObject();
    assertThat(eng.get("messages").getAsInt()).isEqualTo(1);
  }

  @Test
  void text_form_names_people_from_users_json() {
    Run r = run("--export", SAMPLE.toString(), "--from", "2026-11-16", "--to", "2026-11-20");

    assertThat(r.status()).isZero();
    assertThat(r.out()).startsWith("Roundup for Mon 16 Nov – Fri 20 Nov: 3 channels")
        .contains("#eng").contains("@boris").doesNotContain("<@U0BORIS>")
        .contains("#design: 3 messages, nothing notable");
  }

  @Test
  void the_zip_slack_ships_gives_the_same_digest_as_its_folder(@TempDir Path dir)
      throws IOException {
    Path zip = dir.resolve("Acme Slack export.zip");
    try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip));
        var files = Files.walk(SAMPLE)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        out.putNextEntry(new java.util.zip.ZipEntry(
            "Acme Slack export/" + SAMPLE.relativize(file).toString().replace('\\', '/')));
        out.write(Files.readAllBytes(file));
        out.closeEntry();
      }
    }
    Run fromFolder = run("--export", SAMPLE.toString(), "--from", "2026-11-16", "--to",
        "2026-11-20");
    Run fromZip = run("--export", zip.toString(), "--from", "2026-11-16", "--to", "2026-11-20");

    assertThat(fromZip.status()).isZero();
    assertThat(fromZip.out()).isEqualTo(fromFolder.out()).contains("@boris");
  }

  @Test
  void bad_input_exits_2_with_one_line_on_stderr(@TempDir Path empty) {
    for (String[] args : List.of(
        new String[] {},
        new String[] {"--export", empty.resolve("missing").toString()},
        new String[] {"--export", empty.toString()},
        new String[] {"--export", SAMPLE.toString(), "--channels", "nope"},
        new String[] {"--export", SAMPLE.toString(), "--from", "2026-13-01"},
        new String[] {"--export", SAMPLE.toString(), "--from", "2026-11-20", "--to", "2026-11-16"},
        new String[] {"--export", SAMPLE.toString(), "--format", "xml"},
        new String[] {"--export", SAMPLE.toString(), "--bogus"})) {
      Run r = run(args);
      assertThat(r.status()).as(String.join(" ", args)).isEqualTo(CliCommand.BAD_INPUT);
      assertThat(r.out()).isEmpty();
      assertThat(r.err().strip()).as(String.join(" ", args)).isNotEmpty().doesNotContain("\n");
    }
  }

  @Test
  void a_broken_day_file_is_left_out_with_a_warning_and_the_rest_is_still_digested(@TempDir Path export)
      throws IOException {
    Files.createDirectories(export.resolve("eng"));
    Files.createDirectories(export.resolve("ops"));
    Files.writeString(export.resolve("eng/2026-11-16.json"), "[{\"ts\": ");
    Files.writeString(export.resolve("ops/2026-11-17.json"), "[{\"type\":\"message\",\"user\":\"U1\","
        + "\"text\":\"We decided to move the standup to 10am.\",\"ts\":\"1795420800.000100\"}]");

    Run r = run("--export", export.toString());

    assertThat(r.status()).isZero();
    assertThat(r.out()).contains("move the standup to 10am");
    assertThat(r.err().strip()).startsWith("digest: warning: left out a day file that could not be read")
        .contains("not valid JSON").contains(export.resolve("eng/2026-11-16.json").toString())
        .doesNotContain("\n");
  }

  @Test
  void an_export_none_of_whose_days_can_be_read_is_bad_input(@TempDir Path export) throws IOException {
    Files.createDirectories(export.resolve("eng"));
    Files.writeString(export.resolve("eng/2026-11-16.json"), "[{\"ts\": ");
    Run r = run("--export", export.toString());
    assertThat(r.status()).isEqualTo(CliCommand.BAD_INPUT);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("could be read").contains("not valid JSON");
  }
}
