package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConversationFilesTest {

  @TempDir
  Path dir;

  @Test
  void reads_a_replies_response_skipping_noise() throws Exception {
    Conversation conversation =
        ConversationFiles.read(Threads.path("incident-checkout-latency.json"), why -> { });
    assertThat(conversation.size()).isEqualTo(16); // 17 messages, one of them a bot post
    assertThat(conversation.messages().get(0).replyCount()).isEqualTo(16);
    assertThat(conversation.messages()).allMatch(m -> m.user() != null);
  }

  @Test
  void reads_a_newest_first_history_response_into_time_order_with_its_channel() throws Exception {
    Conversation conversation = ConversationFiles.read(Threads.path("noisy-channel-history.json"), why -> { });
    assertThat(conversation.channelId()).isEqualTo("C0CIHEALTH");
    assertThat(conversation.messages().get(0).text()).startsWith("The checkout integration test");
    assertThat(conversation.messages()).extracting(Message::epochSeconds).isSorted();
  }

  @Test
  void reads_an_export_channel_folder_day_by_day() throws Exception {
    Conversation conversation = ConversationFiles.read(Threads.path("export/product"), why -> { });
    assertThat(conversation.size()).isEqualTo(6); // 7 messages, one channel_join
    assertThat(conversation.messages().get(0).text()).startsWith("Pricing page experiment");
    assertThat(conversation.messages().get(5).text()).startsWith("Do we need legal");
  }

  @Test
  void reads_the_shared_slack_api_example() throws Exception {
    Path file =
        dev.roundup.SharedData.require("slack-fixtures/web-api/conversations.replies.ok.json");
    assertThat(ConversationFiles.read(file, why -> { }).messages()).extracting(Message::text)
        .containsExactly("island", "one island", "two island", "three for the land");
  }

  @Test
  void an_error_response_says_ok_false_and_the_error() throws Exception {
    Path file = write("error.json", "{\"ok\":false,\"error\":\"channel_not_found\"}");
    assertThatThrownBy(() -> ConversationFiles.read(file, why -> { }))
        .isInstanceOf(ConversationFileException.class)
        .hasMessageStartingWith("ok:false (channel_not_found)");
  }

  @Test
  void a_json_object_without_messages_is_refused_with_the_reason() throws Exception {
    Path file = write("saved.json", "{\"ok\":true,\"channels\":[]}");
    assertThatThrownBy(() -> ConversationFiles.read(file, why -> { }))
        .hasMessageStartingWith("not a Slack messages file: missing \"messages\" array");
  }

  @Test
  void invalid_json_a_bad_ts_and_missing_paths_are_refused_on_one_line() throws Exception {
    Path broken = write("broken.json", "{\"ok\":true,\"messages\":[");
    Path badTs = write("bad-ts.json",
        "{\"ok\":true,\"messages\":[{\"type\":\"message\",\"ts\":\"yesterday\",\"text\":\"x\"}]}");
    for (Path path : new Path[] {broken, badTs, dir.resolve("absent.json")}) {
      assertThatThrownBy(() -> ConversationFiles.read(path, why -> { }))
          .isInstanceOf(ConversationFileException.class)
          .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }
  }

  @Test
  void a_folder_without_day_files_is_refused() throws Exception {
    Path empty = Files.createDirectory(dir.resolve("general"));
    write("general/notes.txt", "hello");
    assertThatThrownBy(() -> ConversationFiles.read(empty, why -> { }))
        .hasMessageStartingWith("no channel folders with YYYY-MM-DD.json files in");
  }

  @Test
  void an_exports_users_and_channels_lists_are_refused_as_not_conversations() throws Exception {
    Path users = Threads.path("export/users.json");
    Path channels = write("channels.json", "[{\"id\":\"C1\",\"name\":\"general\"}]");
    Path usersList = write("users-list.json", "{\"ok\":true,\"members\":[{\"id\":\"U1\"}]}");
    assertThatThrownBy(() -> ConversationFiles.read(users, why -> { }))
        .hasMessageContaining("is a list of users, not a conversation");
    assertThatThrownBy(() -> ConversationFiles.read(channels, why -> { }))
        .hasMessageContaining("is a list of channels, not a conversation");
    assertThatThrownBy(() -> ConversationFiles.read(usersList, why -> { }))
        .hasMessageContaining("is a list of users, not a conversation");
  }

  @Test
  void a_single_day_file_takes_names_from_the_exports_users_file_and_user_profiles()
      throws Exception {
    Conversation day = ConversationFiles.read(Threads.path("export/product/2025-11-02.json"), why -> { });
    assertThat(day.nameOf("U0GPAT16")).isEqualTo("Pat");
    assertThat(day.nameOf("U0HRAY17")).isEqualTo("ray");

    Path alone = write("2024-05-01.json", "[{\"type\":\"message\",\"ts\":\"1714550400.000100\","
        + "\"user\":\"U7\",\"text\":\"hello\",\"user_profile\":{\"display_name\":\"\","
        + "\"real_name\":\"Kim Lee\",\"name\":\"kim\"}}]");
    assertThat(ConversationFiles.read(alone, why -> { }).nameOf("U7")).isEqualTo("Kim Lee");
  }

  @Test
  void the_zip_slack_ships_is_read_with_its_names_whatever_folder_it_nests() throws Exception {
    Path zip = dir.resolve("export.zip");
    try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
      put(out, "Acme Slack export Nov 2 2025/users.json",
          Files.readAllBytes(Threads.path("export/users.json")));
      put(out, "Acme Slack export Nov 2 2025/channels.json",
          "[{\"id\":\"C0PROD\",\"name\":\"product\"}]".getBytes());
      for (String day : new String[] {"2025-11-02.json", "2025-11-03.json"}) {
        put(out, "Acme Slack export Nov 2 2025/product/" + day,
            Files.readAllBytes(Threads.path("export/product/" + day)));
      }
      put(out, "Acme Slack export Nov 2 2025/random/2025-11-02.json", "[]".getBytes());
    }
    Conversation product = ConversationFiles.read(zip.resolve("product"), why -> { });
    assertThat(product.size()).isEqualTo(6);
    assertThat(product.channelId()).isEqualTo("C0PROD");
    assertThat(product.nameOf("U0GPAT16")).isEqualTo("Pat");
    assertThatThrownBy(() -> ConversationFiles.read(zip, why -> { }))
        .hasMessageContaining("is an export of 2 channels; name one")
        .hasMessageContaining("product, random");
  }

  @Test
  void utf8_with_a_byte_order_mark_and_utf16_either_way_read_alike() throws Exception {
    String json = "{\"ok\":true,\"messages\":[{\"type\":\"message\",\"ts\":\"1.000100\","
        + "\"user\":\"U1\",\"text\":\"Grüße, 東京 ✓\"}]}";
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    Path utf8Bom = dir.resolve("bom.json");
    Files.write(utf8Bom, concat(bom, json.getBytes(StandardCharsets.UTF_8)));
    Path utf16 = dir.resolve("utf16.json");
    Files.write(utf16, json.getBytes(StandardCharsets.UTF_16)); // big-endian with a mark
    Path utf16le = dir.resolve("utf16le.json");
    Files.write(utf16le, json.getBytes(StandardCharsets.UTF_16LE)); // no mark
    for (Path file : List.of(utf8Bom, utf16, utf16le)) {
      assertThat(ConversationFiles.read(file, why -> { }).messages()).extracting(Message::text)
          .containsExactly("Grüße, 東京 ✓");
    }
  }

  @Test
  void file_only_rich_text_only_and_integration_only_messages_still_count() throws Exception {
    Path day = write("2024-05-02.json", """
        [{"type":"message","subtype":"file_share","ts":"1.000100","user":"U1","text":"",
          "files":[{"name":"q3-plan.pdf","title":"Q3 plan"}]},
         {"type":"message","ts":"2.000100","user":"U2","text":"",
          "blocks":[{"type":"rich_text","elements":[{"type":"rich_text_section","elements":[
            {"type":"text","text":"Ship it "},{"type":"user","user_id":"U1"},
            {"type":"link","url":"https://x.io/pr/1","text":"PR 1"}]}]}]}]""");
    assertThat(ConversationFiles.read(day, why -> { }).messages()).extracting(Message::text)
        .containsExactly("Shared a file: Q3 plan", "Ship it <@U1><https://x.io/pr/1|PR 1>");

    Path alerts = write("2024-05-03.json", """
        [{"type":"message","subtype":"bot_message","bot_id":"B1","ts":"3.000100","text":"",
          "attachments":[{"fallback":"[FIRING] disk 91% on db-2","title":"[FIRING] disk 91%",
            "text":"db-2 /var at 91%"}]}]""");
    assertThat(ConversationFiles.read(alerts, why -> { }).messages()).extracting(Message::text)
        .containsExactly("[FIRING] disk 91%\ndb-2 /var at 91%");
  }

  private static void put(java.util.zip.ZipOutputStream out, String name, byte[] bytes)
      throws Exception {
    out.putNextEntry(new java.util.zip.ZipEntry(name));
    out.write(bytes);
    out.closeEntry();
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  private Path write(String name, String content) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, content);
    return file;
  }
}
