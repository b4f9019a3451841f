package dev.roundup.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one reader of Slack exports, as Slack ships them: the zip or the folder it unpacks to,
 * nested or not, or one channel's folder; lists wherever they sit; any Unicode encoding.
 */
class ExportArchiveTest {

  private static final String USERS = "[{\"id\":\"U1\",\"name\":\"ana\"},{\"id\":\"U2\",\"name\":\"bo\"}]";
  private static final String CHANNELS = "[{\"id\":\"C1\",\"name\":\"eng\"},{\"name\":\"no-id\"}]";
  private static final String GROUPS = "[{\"id\":\"G1\",\"name\":\"leads\"}]";
  private static final String DMS = "[{\"id\":\"D1\",\"members\":[\"U1\",\"U2\"]}]";
  private static final String DAY_ONE = "[{\"ts\":\"1700000100.000200\",\"user\":\"U2\",\"text\":\"b\"},"
      + "{\"ts\":\"1700000100.000100\",\"user\":\"U1\",\"text\":\"a\"},{\"type\":\"no ts\"}]";
  private static final String DAY_TWO = "[{\"ts\":\"1700086500.000100\",\"user\":\"U1\",\"text\":\"c\"}]";

  @TempDir
  Path dir;

  @Test
  void the_zip_slack_ships_and_the_folder_it_unpacks_to_read_alike() throws IOException {
    Path folder = exportFolder(dir.resolve("unpacked/Acme export"));
    Path zip = dir.resolve("export.zip");
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
      try (var files = Files.walk(folder)) {
        for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
          out.putNextEntry(new ZipEntry("Acme export/" + folder.relativize(f).toString()
              .replace('\\', '/')));
          out.write(Files.readAllBytes(f));
        }
      }
      out.putNextEntry(new ZipEntry("__MACOSX/Acme export/._users.json"));
      out.write(new byte[] {0, 1, 2});
    }

    // The last: a folder inside a zip file system, as the emulator's sample sits in the jar.
    try (java.nio.file.FileSystem jar = java.nio.file.FileSystems.newFileSystem(zip)) {
      for (Path export : List.of(zip, dir.resolve("unpacked"), folder,
          jar.getPath("/Acme export"))) {
        ExportArchive archive = ExportArchive.open(export);
        assertThat(archive.channels()).as(export.toString()).containsExactly("D1", "eng", "leads");
        assertThat(archive.list("users.json")).hasSize(2);
        assertThat(texts(archive.messages("eng"))).containsExactly("a", "b", "c");
      }
    }
    assertThat(ExportArchive.isZip(zip)).isTrue();
    assertThat(ExportArchive.isZip(folder.resolve("users.json"))).isFalse();
  }

  @Test
  void one_channel_folder_reads_its_days_and_the_exports_lists_one_level_up() throws IOException {
    Path folder = exportFolder(dir.resolve("export"));

    ExportArchive eng = ExportArchive.open(folder.resolve("eng"));

    assertThat(eng.channels()).containsExactly("eng");
    assertThat(eng.days("eng")).extracting(d -> d.substring(d.lastIndexOf('/') + 1))
        .containsExactly("2023-11-14.json", "2023-11-15.json");
    assertThat(eng.has("users.json")).isTrue();
    assertThat(eng.conversations()).extracting(ListedConversation::id).contains("C1");
  }

  @Test
  void conversations_come_from_every_list_with_their_kind_and_a_dm_lives_under_its_id()
      throws IOException {
    ExportArchive archive = ExportArchive.open(exportFolder(dir.resolve("export")));

    assertThat(archive.conversations())
        .extracting(ListedConversation::id, ListedConversation::kind, ListedConversation::folder)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("C1", ListedConversation.Kind.PUBLIC_CHANNEL, "eng"),
            org.assertj.core.groups.Tuple.tuple("G1", ListedConversation.Kind.PRIVATE_CHANNEL, "leads"),
            org.assertj.core.groups.Tuple.tuple("D1", ListedConversation.Kind.DM, "D1"));
    assertThat(archive.messages("missing")).isEmpty();
  }

  @Test
  void the_list_nearest_the_top_is_the_exports_own() throws IOException {
    Path folder = exportFolder(dir.resolve("export"));
    Files.writeString(folder.resolve("eng/users.json"), "[{\"id\":\"U9\"}]");

    assertThat(ExportArchive.open(folder).list("users.json")).hasSize(2);
    assertThat(ExportArchive.open(folder).list("mpims.json")).isEmpty();
  }

  @Test
  void utf8_with_a_byte_order_mark_and_utf16_either_way_decode_alike() {
    String json = "[{\"text\":\"Grüße, 東京 ✓\"}]";
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] utf8 = json.getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[bom.length + utf8.length];
    System.arraycopy(bom, 0, withBom, 0, bom.length);
    System.arraycopy(utf8, 0, withBom, bom.length, utf8.length);
    for (byte[] bytes : List.of(utf8, withBom, json.getBytes(StandardCharsets.UTF_16),
        json.getBytes(StandardCharsets.UTF_16LE), json.getBytes(StandardCharsets.UTF_16BE))) {
      assertThat(JsonFiles.parse(bytes, "f.json").getAsJsonArray().get(0).getAsJsonObject()
          .get("text").getAsString()).isEqualTo("Grüße, 東京 ✓");
    }
  }

  @Test
  void a_day_that_cannot_be_read_is_left_out_and_said_on_one_line_naming_the_file() throws IOException {
    Path folder = exportFolder(dir.resolve("export"));
    Files.writeString(folder.resolve("eng/2023-11-16.json"), "[{\"ts\": ");
    Files.writeString(folder.resolve("leads/2023-11-14.json"), "{\"ts\":\"1.0\"}");
    Files.createDirectories(folder.resolve("ops"));
    Files.writeString(folder.resolve("ops/2023-11-14.json"), "[{\"ts\":\"yesterday\"}]");
    ExportArchive archive = ExportArchive.open(folder);

    assertThatThrownBy(() -> ExportArchive.open(dir.resolve("absent")))
        .isInstanceOf(ExportException.class).hasMessageStartingWith("no such export folder or zip");
    Path notAZip = Files.writeString(dir.resolve("export.zip"), "not a zip");
    assertThatThrownBy(() -> ExportArchive.open(notAZip)).hasMessageContaining("is neither a zip nor a folder");
    // A parser's advice to its programmer is no help to the person with the file.
    assertThatThrownBy(() -> JsonFiles.parse("hello, not json".getBytes(java.nio.charset.StandardCharsets.UTF_8),
        "notes.txt")).hasMessageStartingWith("not valid JSON: notes.txt (malformed JSON at line 1")
        .hasMessageNotContaining("setStrictness").hasMessageNotContaining("com.google");
    // The days beside the damaged one are still read; the damaged one is said, once.
    assertThat(archive.messages("eng")).hasSize(3);
    assertThat(archive.messages("eng")).hasSize(3);
    assertThat(archive.messages("leads")).isEmpty();
    assertThat(archive.unreadable()).hasSize(2);
    assertThat(archive.unreadable().get(0)).startsWith("not valid JSON: ")
        .contains(folder.resolve("eng/2023-11-16.json").toString())
        .doesNotContain("com.google.gson");
    assertThat(archive.unreadable().get(1))
        .contains("not a Slack export day file (expected an array)")
        .contains(folder.resolve("leads/2023-11-14.json").toString());
    // Opened on one channel's folder, a file is still named by its real path.
    ExportArchive eng = ExportArchive.open(folder.resolve("eng"));
    assertThat(eng.messages("eng")).hasSize(3);
    assertThat(eng.unreadable()).singleElement().asString()
        .contains(folder.resolve("eng/2023-11-16.json").toString())
        .doesNotContain("eng/eng/");
    assertThatThrownBy(() -> archive.messages("ops")).hasMessageContaining("ts is not a number");
    assertThatThrownBy(() -> JsonFiles.parse(new byte[] {'P', 'K', 3, 4, (byte) 0xC3, 0x28},
        "export.zip")).hasMessageContaining("is not text in UTF-8 or UTF-16");
    assertThat(archive.unreadable()).allSatisfy(why -> assertThat(why).doesNotContain("\n"));
  }

  private static List<String> texts(List<JsonObject> messages) {
    return messages.stream().map(m -> m.get("text").getAsString()).toList();
  }

  private static Path exportFolder(Path root) throws IOException {
    Files.createDirectories(root.resolve("eng"));
    Files.createDirectories(root.resolve("leads"));
    Files.createDirectories(root.resolve("D1"));
    Files.writeString(root.resolve("users.json"), USERS);
    Files.writeString(root.resolve("channels.json"), CHANNELS);
    Files.writeString(root.resolve("groups.json"), GROUPS);
    Files.writeString(root.resolve("dms.json"), DMS);
    Files.writeString(root.resolve("eng/2023-11-15.json"), DAY_TWO);
    Files.writeString(root.resolve("eng/2023-11-14.json"), DAY_ONE);
    Files.writeString(root.resolve("leads/2023-11-14.json"), "[]");
    Files.writeString(root.resolve("D1/2023-11-14.json"), "[]");
    return root;
  }
}
