package dev.roundup.schedule.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads {@code phrases.tsv} (tab-separated, header row, no quoting). */
public final class CorpusLoader {

  private CorpusLoader() {}

  public static List<CorpusRow> load(Path tsv) {
    try {
      List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
      List<CorpusRow> rows = new ArrayList<>();
      for (int i = 1; i < lines.size(); i++) {
        if (lines.get(i).isBlank()) {
          continue;
        }
        String[] f = lines.get(i).split("\t", -1);
        if (f.length < 6) {
          throw new IllegalStateException("line " + (i + 1) + " has " + f.length + " fields");
        }
        rows.add(new CorpusRow(i + 1, f[0], f[1], f[2], f[3], f[4], f[5]));
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
