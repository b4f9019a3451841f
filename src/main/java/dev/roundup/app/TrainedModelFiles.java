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
 * The files a train command writes: the trees, the wording model they read, and for action
 * items the veto, each beside the trees unless told otherwise, so that trees written elsewhere
 * never replace the shipped files they were not grown with.
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

  /**
   * Where the veto goes: {@code vetoOut}, or {@code action-veto.txt} beside the trees; refused
   * when that is the trees' file or the wording model's.
   */
  static Path vetoFile(CommandSpec spec, Path out, Path wordingFile, Path vetoOut) {
    Path veto = vetoOut != null ? vetoOut : out.toAbsolutePath().resolveSibling("action-veto.txt");
    Path normal = veto.toAbsolutePath().normalize();
    if (normal.equals(out.toAbsolutePath().normalize())
        || normal.equals(wordingFile.toAbsolutePath().normalize())) {
      throw Cli.badInput(spec, "the trees, the wording model and the veto need three files; "
          + veto + " is already one of the others");
    }
    return veto;
  }

  /** Writes trees alone, making their folder. */
  static void write(Path out, TreeEnsemble trees) throws IOException {
    if (out.toAbsolutePath().getParent() != null) {
      Files.createDirectories(out.toAbsolutePath().getParent());
    }
    try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      trees.write(w);
    }
  }

  /** Writes both, making their folders. */
  static void write(Path out, TreeEnsemble trees, Path wordingFile, WordingModel wording)
      throws IOException {
    write(out, trees);
    if (wordingFile.toAbsolutePath().getParent() != null) {
      Files.createDirectories(wordingFile.toAbsolutePath().getParent());
    }
    try (OutputStream o = Files.newOutputStream(wordingFile)) {
      wording.write(o);
    }
  }
}
