package dev.roundup;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates the shared evaluation data ({@code ../shared/data} beside the checkout). Tests that need
 * it call {@link #require(String)} and are skipped, with the reason, where it is absent.
 */
public final class SharedData {

  private SharedData() {}

  public static Path root() {
    return Path.of(System.getProperty("roundup.shared.data", "../shared/data"));
  }

  /** The given sub-path of the shared data, or the test is skipped saying what is missing. */
  public static Path require(String relative) {
    Path path = root().resolve(relative);
    assumeTrue(Files.exists(path), "shared data not found at " + path.toAbsolutePath()
        + " — skipping (place the shared data folder beside the checkout to run this test)");
    return path;
  }
}
