package dev.roundup.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commands that read a whole export read what Roundup would read in Slack: never people's
 * direct messages unless one is named, and a digest's private channels only when named.
 */
class ExportDirectMessagesCliTest {

  private static final String USERS = """
      [{"id":"U01ANA","name":"ana"},{"id":"U02JON","name":"jon"},{"id":"U03MIA","name":"mia"}]""";
  private static final long DAY = 1_795_420_800L; // 2026-11-23, a Monday

  @TempDir
  Path export;

  private record Run(int status, String out, String err) {}

  private static Run run(BiFunction<PrintStream, PrintStream, Integer> command) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = command.apply(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private void day(String folder, String user, String text) throws IOException {
    Files.createDirectories(export.resolve(folder));
    Files.writeString(export.resolve(folder + "/2026-11-23.json"), "[{\"type\":\"message\",\"user\":\""
        + user + "\",\"text\":\"" + text + "\",\"ts\":\"" + DAY + ".000100\"}]");
  }

  private void anExportWithAChannelAPrivateChannelAndADm() throws IOException {
    Files.writeString(export.resolve("users.json"), USERS);
    Files.writeString(export.resolve("channels.json"), """
        [{"id":"C1","name":"general","members":["U01ANA","U02JON","U03MIA"]}]""");
    Files.writeString(export.resolve("groups.json"), """
        [{"id":"G1","name":"secret-deal","members":["U01ANA","U02JON"]}]""");
    Files.writeString(export.resolve("dms.json"), """
        [{"id":"D1","members":["U01ANA","U02JON"]}]""");
    day("general", "U01ANA", "We decided to move the all-hands to Thursday.");
    day("secret-deal", "U02JON", "We decided to make the offer at 40 million.");
    day("D1", "U01ANA", "Hey jon, lunch tomorrow?");
  }

  @Test
  void a_digest_of_the_whole_export_leaves_out_dms_and_private_channels_and_says_so() throws IOException {
    anExportWithAChannelAPrivateChannelAndADm();

    Run r = run((out, err) -> new DigestCommand().run(List.of("--export", export.toString()), out, err));

    assertThat(r.status()).isZero();
    assertThat(r.out()).contains("all-hands to Thursday").doesNotContain("lunch", "D1", "40 million", "secret-deal");
    assertThat(r.err()).contains("private channels are left out unless named with --channels: secret-deal")
        .doesNotContain("D1");
    // named, a private channel is read
    Run named = run((out, err) -> new DigestCommand().run(List.of("--export", export.toString(),
        "--channels", "general,secret-deal"), out, err));
    assertThat(named.out()).contains("40 million");
  }

  @Test
  void a_catch_up_leaves_out_direct_messages() throws IOException {
    anExportWithAChannelAPrivateChannelAndADm();

    Run r = run((out, err) -> new CatchupCommand().run(List.of("--export", export.toString(), "--user", "U02JON",
        "--since", "2026-11-20"), out, err));

    assertThat(r.status()).isZero();
    assertThat(r.out()).contains("#general").contains("#secret-deal").doesNotContain("D1", "lunch");
  }
}
