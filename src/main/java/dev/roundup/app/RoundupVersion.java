package dev.roundup.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine;

/** The project version, which the build writes into {@code version.properties}, for {@code --version}. */
public final class RoundupVersion implements CommandLine.IVersionProvider {

  @Override
  public String[] getVersion() {
    return new String[] {"roundup " + version()};
  }

  /** The version this jar was built as, e.g. {@code 0.1.0-SNAPSHOT}. */
  public static String version() {
    try (InputStream in = RoundupVersion.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version", "unknown");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the version", e);
    }
  }
}
