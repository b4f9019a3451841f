package dev.roundup.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * docs/EVAL.md holds two reports written by two evaluations: summary quality (the file's first
 * part) and suggestion quality (a section between markers at its end). Each evaluation rewrites its
 * own part and keeps the other's.
 */
final class ReportFile {

  static final String SUGGESTIONS = "suggestions";

  private ReportFile() {}

  /** Writes the summary-quality report, keeping the suggestions section the file already has. */
  static void writeMain(Path file, String report) throws IOException {
    String existing = read(file);
    String section = section(existing, SUGGESTIONS);
    write(file, section == null ? report : report.stripTrailing() + "\n\n" + section + "\n");
  }

  /** Replaces (or appends) the named section, keeping the rest of the file. */
  static void writeSection(Path file, String name, String content) throws IOException {
    String existing = read(file);
    String block = begin(name) + "\n" + content.stripTrailing() + "\n" + end(name);
    String old = section(existing, name);
    String updated = old != null ? existing.replace(old, block)
        : existing.isBlank() ? block + "\n" : existing.stripTrailing() + "\n\n" + block + "\n";
    write(file, updated);
  }

  /** The named section with its markers, or null when the text has none. */
  static String section(String text, String name) {
    int from = text.indexOf(begin(name));
    int to = text.indexOf(end(name));
    return from < 0 || to < from ? null : text.substring(from, to + end(name).length());
  }

  private static String begin(String name) {
    return "<!-- section: " + name + " (written by `eval --dataset " + name + "`) -->";
  }

  private static String end(String name) {
    return "<!-- end of section: " + name + " -->";
  }

  private static String read(Path file) throws IOException {
    return Files.isRegularFile(file) ? Files.readString(file) : "";
  }

  private static void write(Path file, String text) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(file, text);
  }
}
