package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConversationFilesTest {

  @TempDir
  Path dir;

  @Test
  void reads_a_replies_response_skipping_noise() throws Exception {
    Conversation conversation =
        ConversationFiles.read(Threads.path("incident-checkout-latency.json"));
    assertThat(conversation.size()).isEqualTo(16); // 17 messages, one of them a bot post
    assertThat(conversation.messages().get(0).replyCount()).isEqualTo(16);
    assertThat(conversation.messages()).allMatch(m -> m.user() != null);
  }

  @Test
  void reads_a_newest_first_history_response_into_time_order_with_its_channel() throws Exception {
    Conversation conversation = ConversationFiles.read(Threads.path("noisy-channel-history.json"));
    assertThat(conversation.channelId()).isEqualTo("C0CIHEALTH");
    assertThat(conversation.messages().get(0).text()).startsWith("The checkout integration test");
    assertThat(conversation.messages()).extracting(Message::epochSeconds).isSorted();
  }

  @Test
  void reads_an_export_channel_folder_day_by_day() throws Exception {
    Conversation conversation = ConversationFiles.read(Threads.path("export/product"));
    assertThat(conversation.size()).isEqualTo(6); // 7 messages, one channel_join
    assertThat(conversation.messages().get(0).text()).startsWith("Pricing page experiment");
    assertThat(conversation.messages().get(5).text()).startsWith("Do we need legal");
  }

  @Test
  void reads_the_shared_slack_api_example() throws Exception {
    Path file =
        dev.roundup.SharedData.require("slack-fixtures/web-api/conversations.replies.ok.json");
    assertThat(ConversationFiles.read(file).messages()).extracting(Message::text)
        .containsExactly("island", "one island", "two island", "three for the land");
  }

  @Test
  void an_error_response_says_ok_false_and_the_error() throws Exception {
    Path file = write("error.json", "{\"ok\":false,\"error\":\"channel_not_found\"}");
    assertThatThrownBy(() -> ConversationFiles.read(file))
        .isInstanceOf(ConversationFileException.class)
        .hasMessageStartingWith("ok:false (channel_not_found)");
  }

  @Test
  void a_json_object_without_messages_is_refused_with_the_reason() throws Exception {
    Path file = write("users.json", "{\"ok\":true,\"members\":[]}");
    assertThatThrownBy(() -> ConversationFiles.read(file))
        .hasMessageStartingWith("not a Slack messages file: missing \"messages\" array");
  }

  @Test
  void invalid_json_a_bad_ts_and_missing_paths_are_refused_on_one_line() throws Exception {
    Path broken = write("broken.json", "{\"ok\":true,\"messages\":[");
    Path badTs = write("bad-ts.json",
        "{\"ok\":true,\"messages\":[{\"type\":\"message\",\"ts\":\"yesterday\",\"text\":\"x\"}]}");
    for (Path path : new Path[] {broken, badTs, dir.resolve("absent.json")}) {
      assertThatThrownBy(() -> ConversationFiles.read(path))
          .isInstanceOf(ConversationFileException.class)
          .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }
  }

  @Test
  void a_folder_without_day_files_is_refused() throws Exception {
    Path empty = Files.createDirectory(dir.resolve("general"));
    write("general/notes.txt", "hello");
    assertThatThrownBy(() -> ConversationFiles.read(empty))
        .hasMessageStartingWith("no YYYY-MM-DD.json files in folder");
  }

  private Path write(String name, String content) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, content);
    return file;
  }
}
