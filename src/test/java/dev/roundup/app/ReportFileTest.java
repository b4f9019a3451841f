package dev.roundup.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** docs/EVAL.md holds two reports; each evaluation rewrites its own and keeps the other. */
class ReportFileTest {

  @Test
  void the_suggestion_section_is_appended_then_replaced_and_the_summary_report_is_kept(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("docs/EVAL.md");
    ReportFile.writeMain(file, "# Summary quality (ROUGE)\n\nR1 24.98\n");
    ReportFile.writeSection(file, ReportFile.SUGGESTIONS, "# Suggestion quality\n\nprecision 0.95\n");
    ReportFile.writeSection(file, ReportFile.SUGGESTIONS, "# Suggestion quality\n\nprecision 0.97\n");

    String text = Files.readString(file);
    assertThat(text).startsWith("# Summary quality (ROUGE)\n\nR1 24.98\n").contains("precision 0.97")
        .doesNotContain("precision 0.95");
    assertThat(text.split("# Suggestion quality", -1)).hasSize(2);
  }

  @Test
  void a_new_summary_report_keeps_the_suggestion_section(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("EVAL.md");
    ReportFile.writeMain(file, "# Summary quality (ROUGE)\n\nR1 20.00\n");
    ReportFile.writeSection(file, ReportFile.SUGGESTIONS, "# Suggestion quality\n\nrecall 0.9\n");

    ReportFile.writeMain(file, "# Summary quality (ROUGE)\n\nR1 25.00\n");

    String text = Files.readString(file);
    assertThat(text).startsWith("# Summary quality (ROUGE)\n\nR1 25.00\n").contains("recall 0.9")
        .doesNotContain("R1 20.00");
  }

  @Test
  void a_section_alone_makes_a_file_of_its_own(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("EVAL.md");
    ReportFile.writeSection(file, ReportFile.SUGGESTIONS, "# Suggestion quality\n");

    assertThat(ReportFile.section(Files.readString(file), ReportFile.SUGGESTIONS)).contains("# Suggestion quality");
  }
}
