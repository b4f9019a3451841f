package dev.roundup.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.roundup.ingest.SlackTs;
import dev.roundup.schedule.Parsed;
import dev.roundup.schedule.Schedule;
import dev.roundup.schedule.ScheduleParser;
import dev.roundup.suggest.Candidate;
import dev.roundup.suggest.Detector;
import dev.roundup.suggest.synthetic.ExportWriter;
import dev.roundup.suggest.synthetic.SyntheticWorkspace;
import dev.roundup.suggest.synthetic.WorkspaceGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code suggest --export DIR …}: the exact JSON, the text form and the exit codes. */
class SuggestCommandTest {

  /** Not one of the seeds the detector was tuned on (1–5) or reported on (1001–1010). */
  private static final long SEED = 42;

  @TempDir
  static Path dir;
  private static SyntheticWorkspace workspace;
  private static Path export;

  private record Run(int status, String out, String err) {}

  @BeforeAll
  static void writeExport() throws IOException {
    workspace = WorkspaceGenerator.generate(SEED, WorkspaceGenerator.Size.SMALL);
    export = dir.resolve("export");
    ExportWriter.write(workspace, export);
  }

  private static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = new SuggestCommand().run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static String now() {
    return DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm").format(workspace.now().atZone(ZoneOffset.UTC));
  }

  @Test
  void json_has_exactly_the_documented_shape() {
    Run r = run("--export", export.toString(), "--now", now(), "--format", "json");

    assertThat(r.status()).isZero();
    assertThat(r.err()).isEmpty();
    JsonObject root = JsonParser.parseString(r.out()).getAsJsonObject();
    assertThat(root.keySet()).containsExactly("suggestions");
    assertThat(root.getAsJsonArray("suggestions")).isNotEmpty();
    for (JsonElement e : root.getAsJsonArray("suggestions")) {
      JsonObject s = e.getAsJsonObject();
      assertThat(s.keySet()).containsExactly("user", "channel", "kind", "phrase", "text", "evidence", "confidence");
      assertThat(s.get("user").getAsString()).matches("U[A-Z0-9]+");
      assertThat(s.get("channel").getAsString()).matches("C[A-Z0-9]+");
      assertThat(s.get("kind").getAsString()).isIn("remind", "summarize", "digest");
      assertThat(s.get("phrase").getAsJsonPrimitive().isString()).isTrue();
      assertThat(s.get("text").getAsJsonPrimitive().isString()).isTrue();
      assertThat(s.get("text").getAsString().isEmpty()).isEqualTo(!s.get("kind").getAsString().equals("remind"));
      assertThat(s.get("evidence").getAsJsonArray()).isNotEmpty()
          .allSatisfy(ts -> assertThat(ts.getAsString()).matches("\\d+\\.\\d{6}"));
      assertThat(s.get("confidence").getAsJsonPrimitive().isNumber()).isTrue();
      assertThat(s.get("confidence").getAsDouble()).isBetween(0.0, 1.0);
    }
  }

  @Test
  void every_phrase_is_one_roundup_parses_and_its_runs_fit_the_evidence() throws IOException {
    Run r = run("--export", export.toString(), "--now", now(), "--format", "json");
    Map<String, ZoneId> zones = new HashMap<>();
    workspace.people().forEach(p -> zones.put(p.id(), p.zone()));

    for (JsonElement e : JsonParser.parseString(r.out()).getAsJsonObject().getAsJsonArray("suggestions")) {
      JsonObject s = e.getAsJsonObject();
      ZoneId zone = zones.get(s.get("user").getAsString());
      ZonedDateTime now = workspace.now().atZone(zone);
      var parsed = new ScheduleParser().parse(s.get("phrase").getAsString(), zone, now);
      assertThat(parsed).as(s.get("phrase").getAsString()).isInstanceOf(Parsed.class);
      Schedule schedule = ((Parsed) parsed).schedule();
      assertThat(schedule.recurring()).isTrue();
      boolean digest = s.get("kind").getAsString().equals("digest");
      for (JsonElement ts : s.getAsJsonArray("evidence")) {
        ZonedDateTime at = SlackTs.toInstant(SlackTs.toMicros(ts.getAsString())).atZone(zone);
        ZonedDateTime run = schedule.nextAfter(at.toLocalDate().atStartOfDay(zone).minusSeconds(1)).orElseThrow();
        if (digest) {
          // A digest serves scattered requests: its runs fall on the days they were made.
          assertThat(at.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        } else {
          assertThat(run.toLocalDate()).as("a run on the day of " + at).isEqualTo(at.toLocalDate());
          assertThat(Duration.between(run, at).abs()).as("run " + run + " near " + at)
              .isLessThanOrEqualTo(Duration.ofMinutes(45));
        }
      }
    }
  }

  @Test
  void every_evidence_ts_is_a_message_in_the_export() throws IOException {
    Set<String> inExport = new HashSet<>();
    try (Stream<Path> files = Files.walk(export)) {
      for (Path day : files.filter(p -> p.getFileName().toString().matches("\\d{4}-\\d{2}-\\d{2}\\.json")).toList()) {
        JsonParser.parseString(Files.readString(day)).getAsJsonArray()
            .forEach(m -> inExport.add(m.getAsJsonObject().get("ts").getAsString()));
      }
    }
    Run r = run("--export", export.toString(), "--now", now(), "--format", "json");

    for (JsonElement e : JsonParser.parseString(r.out()).getAsJsonObject().getAsJsonArray("suggestions")) {
      e.getAsJsonObject().getAsJsonArray("evidence").forEach(ts -> assertThat(inExport).contains(ts.getAsString()));
    }
  }

  @Test
  void the_export_gives_the_same_suggestions_as_the_workspace_read_in_memory() {
    Run r = run("--export", export.toString(), "--now", now(), "--format", "json");
    List<Candidate> inMemory = new Detector(Detector.Settings.DEFAULT).detect(workspace.history());

    List<String> fromExport = JsonParser.parseString(r.out()).getAsJsonObject().getAsJsonArray("suggestions")
        .asList().stream().map(JsonElement::getAsJsonObject)
        .map(s -> s.get("user").getAsString() + " " + s.get("channel").getAsString() + " "
            + s.get("kind").getAsString() + " " + s.get("phrase").getAsString()).toList();
    assertThat(fromExport).containsExactlyElementsOf(inMemory.stream()
        .map(c -> c.user() + " " + c.channel() + " " + c.kind().word() + " " + c.phrase()).toList());
  }

  @Test
  void the_export_zip_gives_the_same_suggestions_as_its_folder() throws IOException {
    // Zones and bot flags come from users.json inside the zip too: bots on schedules stay out.
    Path zip = dir.resolve("export.zip");
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip));
        Stream<Path> files = Files.walk(export)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        out.putNextEntry(new ZipEntry("export/" + export.relativize(file).toString().replace('\\', '/')));
        out.write(Files.readAllBytes(file));
        out.closeEntry();
      }
    }

    Run fromFolder = run("--export", export.toString(), "--now", now(), "--format", "json");
    Run fromZip = run("--export", zip.toString(), "--now", now(), "--format", "json");

    assertThat(fromZip.status()).isZero();
    assertThat(JsonParser.parseString(fromZip.out()).getAsJsonObject().getAsJsonArray("suggestions")).isNotEmpty();
    assertThat(fromZip.out()).isEqualTo(fromFolder.out());
  }

  @Test
  void a_channel_of_nothing_but_integration_posts_on_a_schedule_is_never_evidence(@TempDir Path tmp)
      throws IOException {
    Path bots = weekly(tmp.resolve("bots"), ", \"bot_id\": \"B0DEPLOY\", \"subtype\": \"bot_message\"");
    Path person = weekly(tmp.resolve("person"), "");

    Run fromBots = run("--export", bots.toString(), "--format", "json");
    Run fromPerson = run("--export", person.toString(), "--format", "json");

    assertThat(fromBots.status()).isZero();
    assertThat(JsonParser.parseString(fromBots.out()).getAsJsonObject().getAsJsonArray("suggestions")).isEmpty();
    // The same posts by a person are a rhythm: what kept the bot's out is that it is a bot.
    assertThat(JsonParser.parseString(fromPerson.out()).getAsJsonObject().getAsJsonArray("suggestions"))
        .singleElement().satisfies(e -> assertThat(e.getAsJsonObject().get("channel").getAsString())
            .isEqualTo("C0DEPLOY"));
  }

  /**
   * An export whose #deploys has the same post every Tuesday at 14:00 UTC for six weeks by U0DEPLOY
   * (with these extra fields), and whose #general has one word from a person; no users.json.
   */
  private static Path weekly(Path root, String extra) throws IOException {
    Files.createDirectories(root.resolve("deploys"));
    Files.createDirectories(root.resolve("general"));
    Files.writeString(root.resolve("channels.json"),
        "[{\"id\": \"C0DEPLOY\", \"name\": \"deploys\"}, {\"id\": \"C0GEN\", \"name\": \"general\"}]");
    ZonedDateTime tuesday = ZonedDateTime.of(2026, 10, 13, 14, 0, 0, 0, ZoneOffset.UTC);
    for (int week = 0; week < 6; week++) {
      ZonedDateTime at = tuesday.plusWeeks(week);
      Files.writeString(root.resolve("deploys/" + at.toLocalDate() + ".json"), "[{\"type\": \"message\", "
          + "\"ts\": \"" + at.toEpochSecond() + ".000100\", \"user\": \"U0DEPLOY\", "
          + "\"text\": \"Reminder: the deploy window opens at 3pm today, merge before then\"" + extra + "}]");
    }
    Files.writeString(root.resolve("general/2026-11-18.json"), "[{\"type\": \"message\", "
        + "\"ts\": \"" + tuesday.plusWeeks(5).plusDays(1).toEpochSecond() + ".000200\", \"user\": \"U0ANA\", "
        + "\"text\": \"hello\"}]");
    return root;
  }

  @Test
  void now_defaults_to_just_after_the_last_message_and_limits_what_is_read() {
    Run latest = run("--export", export.toString(), "--format", "json");
    Instant early = workspace.from().plus(Duration.ofDays(10));
    Run tooEarly = run("--export", export.toString(), "--now",
        DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm").format(early.atZone(ZoneOffset.UTC)), "--format", "json");

    assertThat(latest.status()).isZero();
    assertThat(JsonParser.parseString(latest.out()).getAsJsonObject().getAsJsonArray("suggestions")).isNotEmpty();
    // Ten days of history hold no four-week rhythm.
    assertThat(JsonParser.parseString(tooEarly.out()).getAsJsonObject().getAsJsonArray("suggestions")).isEmpty();
  }

  @Test
  void text_form_names_people_and_channels_and_says_why() {
    Run r = run("--export", export.toString(), "--now", now());

    assertThat(r.status()).isZero();
    assertThat(r.out()).matches("(?s)\\d+ suggestions?\n.*").contains("\n1. @").contains(" in #")
        .contains("Evidence: ").containsPattern("(Posted \"|Asked for a summary of #)");
  }

  @Test
  void an_export_without_rhythms_has_no_suggestions() {
    Run json = run("--export", "samples/export", "--format", "json");
    Run text = run("--export", "samples/export");

    assertThat(json.status()).isZero();
    assertThat(JsonParser.parseString(json.out()).getAsJsonObject().getAsJsonArray("suggestions")).isEmpty();
    assertThat(text.out()).startsWith("No suggestions");
  }

  @Test
  void bad_input_exits_2_with_one_line_on_stderr(@TempDir Path empty) throws IOException {
    Path broken = empty.resolve("broken");
    Files.createDirectories(broken.resolve("eng"));
    Files.writeString(broken.resolve("eng/2026-11-16.json"), "[{\"ts\": ");
    Path badTs = empty.resolve("bad-ts");
    Files.createDirectories(badTs.resolve("eng"));
    Files.writeString(badTs.resolve("eng/2026-11-16.json"), "[{\"type\": \"message\", \"ts\": \"yesterday\", "
        + "\"user\": \"U1\", \"text\": \"hi\"}]");
    for (String[] args : List.of(
        new String[] {},
        new String[] {"--export", empty.resolve("missing").toString()},
        new String[] {"--export", empty.toString()},
        new String[] {"--export", broken.toString()},
        new String[] {"--export", badTs.toString()},
        new String[] {"--export", export.toString(), "--now", "monday"},
        new String[] {"--export", export.toString(), "--format", "xml"},
        new String[] {"--export", export.toString(), "--bogus"})) {
      Run r = run(args);
      assertThat(r.status()).as(String.join(" ", args)).isEqualTo(CliCommand.BAD_INPUT);
      assertThat(r.out()).as(String.join(" ", args)).isEmpty();
      assertThat(r.err().strip()).as(String.join(" ", args)).isNotEmpty().doesNotContain("\n");
    }
  }
}
