package dev.roundup.app;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * The {@code --threads DIR} both train commands read: the hand-written threads with gold, the
 * tuning ones in {@code DIR/dev} and the held-out ones in {@code DIR/heldout}.
 */
final class TuningThreadsOption {

  @Option(names = "--threads", paramLabel = "DIR",
      defaultValue = "src/test/resources/eval/slack-threads",
      description = "hand-written Slack threads with gold items (default: the checkout's)")
  private Path threads;

  /**
   * The folder, refused before anything is read or written when it holds no tuning threads.
   */
  Path checked(CommandSpec spec) {
    if (!Files.isDirectory(threads.resolve("dev"))) {
      throw Cli.badInput(spec, "no tuning threads in " + threads.resolve("dev"));
    }
    return threads;
  }
}
