package dev.roundup.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.slack.api.methods.response.files.FilesInfoResponse;
import com.slack.api.methods.response.users.UsersListResponse;
import com.slack.api.model.User;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** users.list and files.info, read through the Slack SDK, in Slack's response shapes. */
class UsersListAndFilesInfoTest {

  private final EmulatorFixture fx = new EmulatorFixture();

  @AfterEach
  void stop() throws Exception {
    fx.close();
  }

  @Test
  void users_list_pages_through_everyone_with_cursors() throws Exception {
    List<User> everyone = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      String from = cursor;
      UsersListResponse page = fx.bot.usersList(r -> r.limit(2).cursor(from));
      assertThat(page.isOk()).isTrue();
      assertThat(page.getMembers()).hasSizeLessThanOrEqualTo(2);
      everyone.addAll(page.getMembers());
      cursor = page.getResponseMetadata().getNextCursor();
      pages++;
    } while (cursor != null && !cursor.isEmpty());

    assertThat(pages).isEqualTo(3);
    assertThat(everyone).extracting(User::getId)
        .containsExactly("U0BOT", "U0ALICE", "U0BORIS", "U0CHEN", "U0DANA");
    User boris = everyone.get(2);
    assertThat(boris.getTz()).isEqualTo("America/New_York");
    assertThat(boris.getProfile().getDisplayName()).isEqualTo("boris");
    assertThat(everyone.get(0).isBot()).isTrue();
  }

  @Test
  void users_list_refuses_a_cursor_it_did_not_issue() throws Exception {
    assertThat(fx.bot.usersList(r -> r.cursor("bm90LWEtY3Vyc29y")).getError()).isEqualTo("invalid_cursor");
  }

  @Test
  void files_info_answers_a_snippet_with_its_text_where_the_bot_can_see_it() throws Exception {
    fx.workspace.addFile(new SlackFile("F0NOTES", "notes.txt", "Release notes", "text",
        "line 1\nline 2\nline 3\nline 4\nline 5\nline 6", "U0ALICE", 1_795_000_000L, List.of("C0ENG")));

    FilesInfoResponse info = fx.bot.filesInfo(r -> r.file("F0NOTES"));

    assertThat(info.isOk()).isTrue();
    assertThat(info.getContent()).isEqualTo("line 1\nline 2\nline 3\nline 4\nline 5\nline 6");
    assertThat(info.getFile().getTitle()).isEqualTo("Release notes");
    assertThat(info.getFile().getChannels()).containsExactly("C0ENG");
    assertThat(info.getFile().getLines()).isEqualTo(6);
    assertThat(info.getFile().getLinesMore()).isEqualTo(1);
    JsonObject raw = JsonParser.parseString(fx.emulator.calls("files.info").get(0).response())
        .getAsJsonObject();
    assertThat(raw.keySet()).contains("ok", "file", "content", "comments", "response_metadata");
  }

  @Test
  void files_info_says_file_not_found_for_unknown_files_and_files_in_channels_the_bot_is_not_in()
      throws Exception {
    fx.workspace.addFile(new SlackFile("F0DESIGN", "mock.txt", "Mock", "text", "secret",
        "U0CHEN", 1_795_000_000L, List.of("C0DESIGN")));

    assertThat(fx.bot.filesInfo(r -> r.file("F0DESIGN")).getError()).isEqualTo("file_not_found");
    assertThat(fx.bot.filesInfo(r -> r.file("F0NOPE")).getError()).isEqualTo("file_not_found");
  }
}
