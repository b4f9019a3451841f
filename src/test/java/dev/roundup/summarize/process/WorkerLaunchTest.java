package dev.roundup.summarize.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkerLaunchTest {

  @Test
  void runs_the_worker_on_this_jvm_and_class_path_with_the_options_and_lowered_where_nice_exists() {
    List<String> command = WorkerLaunch.command(new SummarizerProcess.Settings(true,
        List.of("-Xmx256m", "-XX:+UseSerialGC"), 7, Duration.ofMinutes(1)), 3);

    boolean hasNice = Files.isExecutable(Path.of("/usr/bin/nice")) || Files.isExecutable(Path.of("/bin/nice"));
    int java = hasNice ? 3 : 0;
    if (hasNice) {
      assertThat(command.subList(1, 3)).containsExactly("-n", "7");
    }
    assertThat(command.get(java)).isEqualTo(ProcessHandle.current().info().command().orElseThrow());
    assertThat(command.subList(java + 1, command.size())).containsExactly("-Xmx256m", "-XX:+UseSerialGC",
        "-cp", System.getProperty("java.class.path"), SummarizerWorker.class.getName(), "3");
  }

  @Test
  void at_nice_zero_the_child_runs_at_normal_priority() {
    List<String> command = WorkerLaunch.command(new SummarizerProcess.Settings(true, List.of(), 0,
        Duration.ofMinutes(1)), 1);

    assertThat(command.get(0)).isEqualTo(ProcessHandle.current().info().command().orElseThrow());
  }

  @Test
  void the_child_is_given_no_slack_or_roundup_setting() {
    Map<String, String> environment = new HashMap<>(Map.of("PATH", "/usr/bin", "SLACK_BOT_TOKEN", "xoxb-1",
        "SLACK_SIGNING_SECRET", "s", "ROUNDUP_ENCRYPTION_KEY", "k", "ROUNDUP_DB_PASSWORD", "p", "LANG", "C.UTF-8"));

    WorkerLaunch.withoutSecrets(environment);

    assertThat(environment).containsOnlyKeys("PATH", "LANG");
  }
}
