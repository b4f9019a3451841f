package dev.roundup.app;

import dev.roundup.summarize.TreeEnsemble;
import dev.roundup.summarize.WordingModel;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The two files a train command writes: the trees, and the wording model they read beside them
 * unless told otherwise, so that trees written elsewhere never replace the shipped model they
 * were not grown with.
 */
final class TrainedModelFiles {

  private TrainedModelFiles() {}

  /**
   * Where the wording model goes: {@code wordingOut}, or {@code besideName} beside the trees;
   * refused when that is the trees' own file.
   */
  static Path wordingFile(CommandSpec spec, Path out, Path wordingOut, String besideName) {
    Path wording = wordingOut != null ? wordingOut
        : out.toAbsolutePath().resolveSibling(besideName);
    if (wording.toAbsolutePath().normalize().equals(out.toAbsolutePath().normalize())) {
      throw Cli.badInput(spec, "the trees and the wording model need two files; both would be "
          + out);
    }
    return wording;
  }

  /** Writes both, making their folders. */
  static void write(Path out, TreeEnsemble trees, Path wordingFile, WordingModel wording)
      throws IOException {
    for (Path file : new Path[] {out, wordingFile}) {
      if (file.toAbsolutePath().getParent() != null) {
        Files.createDirectories(file.toAbsolutePath().getParent());
      }
    }
    try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      trees.write(w);
    }
    try (OutputStream o = Files.newOutputStream(wordingFile)) {
      wording.write(o);
    }
  }
}
