package dev.roundup.eval;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loads DialogSum ({@code dialogsum.test.jsonl}, one dialogue per line, turns separated by newlines
 * and tagged {@code #Person1#:}). The tag becomes the speaker and is stripped from the text, as
 * SOURCE.md does before scoring; every available reference ({@code summary1..3}) is kept.
 */
public final class DialogsumLoader {

  private static final Pattern SPEAKER_TAG = Pattern.compile("^\\s*(#[^#\\s]+#)\\s*:\\s*");
  private static final String UNTAGGED_SPEAKER = "#Speaker#";

  private DialogsumLoader() {}

  public static List<EvalSample> load(Path file) throws IOException {
    List<EvalSample> samples = new ArrayList<>();
    List<JsonObject> rows = JsonLines.read(file);
    for (int i = 0; i < rows.size(); i++) {
      JsonObject row = rows.get(i);
      String name = row.has("fname") ? row.get("fname").getAsString() : String.valueOf(i);
      try {
        samples.add(EvalSample.fromTurns("dialogsum:" + name,
            turns(JsonLines.string(row, "dialogue")), references(row), null));
      } catch (IOException | RuntimeException e) {
        throw new IOException(file + " line " + (i + 1) + " has an unexpected shape: "
            + e.getMessage(), e);
      }
    }
    return samples;
  }

  static List<Turn> turns(String dialogue) {
    List<Turn> turns = new ArrayList<>();
    String speaker = UNTAGGED_SPEAKER;
    for (String line : dialogue.split("\\R")) {
      Matcher tag = SPEAKER_TAG.matcher(line);
      String text = line;
      if (tag.find()) {
        speaker = tag.group(1);
        text = line.substring(tag.end());
      }
      // An untagged line continues the previous speaker; a line without words is layout.
      if (!Rouge.tokenize(text).isEmpty()) {
        turns.add(new Turn(speaker, text.strip()));
      }
    }
    return turns;
  }

  private static List<String> references(JsonObject row) throws IOException {
    List<String> references = new ArrayList<>();
    for (int k = 1; row.has("summary" + k); k++) {
      references.add(JsonLines.string(row, "summary" + k));
    }
    if (references.isEmpty() && row.has("summary")) {
      references.add(JsonLines.string(row, "summary"));
    }
    if (references.isEmpty()) {
      throw new IOException("no reference summary (summary1.. or summary)");
    }
    return references;
  }
}
