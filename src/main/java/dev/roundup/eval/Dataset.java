package dev.roundup.eval;

import java.nio.file.Files;
import java.nio.file.Path;

/** The shared test sets the eval knows, with where each lives under the data folder. */
public enum Dataset {
  QMSUM("qmsum/qmsum.test.jsonl"),
  DIALOGSUM("dialogsum/dialogsum.test.jsonl");

  private final String relativePath;

  Dataset(String relativePath) {
    this.relativePath = relativePath;
  }

  public Path file(Path dataDir) {
    return dataDir.resolve(relativePath);
  }

  public boolean isPresent(Path dataDir) {
    return Files.isRegularFile(file(dataDir));
  }
}
