package dev.roundup.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import dev.roundup.export.ExportException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Workspaces from Slack exports: a team's own, with its times kept, and the shipped sample. */
class SlackExportTest {

  private static final Path EXPORT = Path.of("samples/export");

  @Test
  void an_export_loads_with_every_message_at_the_time_it_was_sent() throws IOException {
    Workspace ws = SlackExport.load(EXPORT);

    List<String> inFiles = new ArrayList<>();
    try (Stream<Path> days = Files.list(EXPORT.resolve("eng"))) {
      for (Path day : days.sorted().toList()) {
        for (JsonElement m : JsonParser.parseString(Files.readString(day)).getAsJsonArray()) {
          inFiles.add(m.getAsJsonObject().get("ts").getAsString());
        }
      }
    }
    assertThat(ws.messages("C0ENG")).extracting(StoredMessage::ts)
        .containsExactlyInAnyOrderElementsOf(inFiles);
    assertThat(ws.channels()).extracting(Channel::name).containsExactlyInAnyOrder("eng", "design",
        "incidents");
  }

  @Test
  void threads_people_and_members_come_from_the_export_and_the_bot_is_in_every_channel() {
    Workspace ws = SlackExport.load(EXPORT);

    StoredMessage parent = ws.messages("C0ENG").get(0);
    assertThat(ws.thread("C0ENG", parent.ts())).hasSize(7);
    assertThat(ws.user("U0BORIS")).hasValueSatisfying(u -> {
      assertThat(u.realName()).isEqualTo("Boris Ivanov");
      assertThat(u.tz()).isEqualTo("Europe/Paris");
    });
    assertThat(ws.channel("C0DESIGN")).hasValueSatisfying(c -> {
      assertThat(c.members()).contains("U0ALICE", "U0DANA", ws.botUserId());
      assertThat(c.isPrivate()).isFalse();
    });
  }

  @Test
  void new_messages_come_after_the_loaded_ones_even_when_the_clock_is_earlier() {
    Workspace ws = SlackExport.load(EXPORT);
    String last = ws.messages("C0ENG").get(ws.messages("C0ENG").size() - 1).ts();
    ws.setClock(java.time.Clock.fixed(Instant.parse("2020-01-01T00:00:00Z"), java.time.ZoneOffset.UTC));

    String posted = ws.post("C0ENG", "U0ALICE", "later");

    assertThat(TsGenerator.compare(posted, last)).isPositive();
  }

  @Test
  void the_sample_has_private_channels_direct_messages_and_people_in_several_time_zones() {
    Workspace ws = SlackExport.sample(java.time.Clock.systemUTC());

    assertThat(ws.channel("C0LEADS")).hasValueSatisfying(c -> {
      assertThat(c.isPrivate()).isTrue();
      assertThat(c.members()).containsExactlyInAnyOrder("U0ALICE", "U0DANA", ws.botUserId());
    });
    assertThat(ws.channel("D0ALICEBORIS")).hasValueSatisfying(c ->
        assertThat(c.members()).containsExactlyInAnyOrder("U0ALICE", "U0BORIS"));
    assertThat(ws.users().stream().filter(u -> !u.bot()).map(User::tz).distinct().count())
        .isGreaterThanOrEqualTo(4);
    assertThat(ws.messages("C0ENG").stream().filter(m -> m.threadTs() != null && !m.isReply()))
        .hasSizeGreaterThanOrEqualTo(2);
  }

  @Test
  void the_samples_last_message_is_moved_to_within_a_day_before_now() {
    Instant now = Instant.parse("2027-03-10T08:00:00Z");

    Workspace ws = SlackExport.sample(java.time.Clock.fixed(now, java.time.ZoneOffset.UTC));

    Instant last = ws.channels().stream().flatMap(c -> ws.messages(c.id()).stream())
        .map(m -> Instant.ofEpochSecond(TsGenerator.toMicros(m.ts()) / 1_000_000L))
        .max(Instant::compareTo).orElseThrow();
    assertThat(last).isBefore(now).isAfter(now.minus(Duration.ofDays(1)));
    // Whole days: times of day stay as written.
    assertThat(last.getEpochSecond() % 60).isZero();
  }

  @Test
  void a_folder_that_is_not_an_export_is_refused_with_the_reason_and_a_damaged_day_left_out(@TempDir Path dir) throws IOException {
    assertThatThrownBy(() -> SlackExport.load(dir.resolve("missing")))
        .isInstanceOf(ExportException.class).hasMessageContaining("no such export folder");
    assertThatThrownBy(() -> SlackExport.load(dir))
        .isInstanceOf(ExportException.class).hasMessageContaining("has no users.json");

    Files.writeString(dir.resolve("users.json"), "[]");
    Files.writeString(dir.resolve("channels.json"), "[{\"id\":\"C1\",\"name\":\"eng\"}]");
    Files.createDirectories(dir.resolve("eng"));
    Files.writeString(dir.resolve("eng/2026-11-16.json"), "[{\"ts\": ");
    Files.writeString(dir.resolve("eng/2026-11-17.json"), "[{\"type\":\"message\",\"user\":\"U1\","
        + "\"text\":\"still here\",\"ts\":\"1795420800.000100\"}]");
    // A damaged day is left out (the log says which); the days beside it are the channel's.
    assertThat(SlackExport.load(dir).messages("C1")).extracting(m -> m.text()).containsExactly("still here");
  }

  @Test
  void the_zip_slack_ships_loads_like_its_folder(@TempDir Path dir) throws IOException {
    Path zip = dir.resolve("export.zip");
    try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip));
        Stream<Path> files = Files.walk(EXPORT)) {
      for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
        out.putNextEntry(new java.util.zip.ZipEntry("Acme export/"
            + EXPORT.relativize(f).toString().replace('\\', '/')));
        out.write(Files.readAllBytes(f));
      }
    }

    Workspace fromZip = SlackExport.load(zip);
    Workspace fromFolder = SlackExport.load(EXPORT);

    assertThat(fromZip.channels()).extracting(Channel::name)
        .containsExactlyInAnyOrderElementsOf(fromFolder.channels().stream().map(Channel::name).toList());
    assertThat(fromZip.messages("C0ENG")).extracting(StoredMessage::text)
        .containsExactlyElementsOf(fromFolder.messages("C0ENG").stream().map(StoredMessage::text).toList());
  }
}
