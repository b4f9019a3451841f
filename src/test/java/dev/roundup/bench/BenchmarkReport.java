package dev.roundup.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes one benchmark's figures into {@code docs/BENCHMARKS.md}, replacing only that benchmark's
 * section (between {@code <!-- section:NAME -->} markers) so each benchmark can be re-run alone.
 */
public final class BenchmarkReport {

  private static final Path FILE = Path.of("docs", "BENCHMARKS.md");
  private static final String HEADER = """
      # Benchmarks

      Figures measured on the machine named in each section. Ratios within one section come from
      one run; compare those, not absolute figures across sections or machines.
      Run all benchmarks with `scripts/bench` (see README).
      """;

  private BenchmarkReport() {}

  public static void replaceSection(String name, String markdown) {
    try {
      Files.createDirectories(FILE.getParent());
      String doc = Files.exists(FILE) ? Files.readString(FILE) : HEADER;
      String begin = "<!-- section:" + name + " -->";
      String end = "<!-- /section:" + name + " -->";
      String block = begin + "\n" + markdown.strip() + "\n" + end;
      Matcher m = Pattern.compile(Pattern.quote(begin) + ".*?" + Pattern.quote(end), Pattern.DOTALL)
          .matcher(doc);
      String updated = m.find()
          ? doc.substring(0, m.start()) + block + doc.substring(m.end())
          : doc.stripTrailing() + "\n\n" + block + "\n";
      Files.writeString(FILE, updated);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The system load average when called, for a section's header (2 cores are shared here). */
  public static String load() {
    double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    return load < 0 ? "" : String.format("Load average when measured: %.1f.", load);
  }

  /** One line naming the machine, for the top of a section. */
  public static String machine() {
    return "Machine: " + Runtime.getRuntime().availableProcessors() + " cores, Java "
        + System.getProperty("java.version") + ", max heap "
        + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB.";
  }
}
