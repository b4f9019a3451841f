package dev.roundup.summarize.process;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The command that starts the summarizer's process: the Java that runs this server, its class path
 * (the jar, or a build's classes), the configured JVM options, and — where the OS has
 * {@code nice} — a lower priority for the whole process. A process, not some of its threads, is
 * lowered: every thread of the child, its collector's included, then yields to the server's, and
 * no safepoint of the server waits for a lowered thread.
 */
final class WorkerLaunch {

  private static final List<Path> NICE = List.of(Path.of("/usr/bin/nice"), Path.of("/bin/nice"));

  private WorkerLaunch() {}

  static List<String> command(SummarizerProcess.Settings settings, int threads) {
    List<String> command = new ArrayList<>();
    if (settings.nice() > 0) {
      nice().ifPresent(nice -> {
        command.add(nice.toString());
        command.add("-n");
        command.add(Integer.toString(settings.nice()));
      });
    }
    command.add(java());
    command.addAll(settings.jvmOptions());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(SummarizerWorker.class.getName());
    command.add(Integer.toString(threads));
    return command;
  }

  /**
   * The child needs no secret: Slack's tokens, the signing secret, the encryption key and the
   * database's password stay in the server's environment.
   */
  static void withoutSecrets(Map<String, String> environment) {
    environment.keySet().removeIf(name -> name.startsWith("SLACK_") || name.startsWith("ROUNDUP_"));
  }

  /** The java launcher of the running JVM, else the one in {@code java.home}. */
  private static String java() {
    return ProcessHandle.current().info().command().orElseGet(() -> Path.of(
        System.getProperty("java.home"), "bin", File.separatorChar == '\\' ? "java.exe" : "java").toString());
  }

  private static Optional<Path> nice() {
    return NICE.stream().filter(Files::isExecutable).findFirst();
  }
}
