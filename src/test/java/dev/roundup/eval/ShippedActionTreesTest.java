package dev.roundup.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roundup.summarize.ActionTrees;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The action item trees, the wording model and the veto the build ships are the ones {@code
 * train-actions} grows from the tuning threads as they stand: a changed rule, feature or gold
 * thread without regrown trees fails here.
 */
class ShippedActionTreesTest {

  private static final Path SHIPPED =
      Path.of("src/main/resources/dev/roundup/summarize/action-trees.txt");

  private static final Path SHIPPED_WORDING =
      Path.of("src/main/resources/dev/roundup/summarize/action-wording.txt.gz");

  private static final Path SHIPPED_VETO =
      Path.of("src/main/resources/dev/roundup/summarize/action-veto.txt");

  @Test
  void the_shipped_trees_and_veto_are_regrown_from_the_tuning_threads_exactly() throws Exception {
    List<GoldThread> tuning = GoldThreadLoader.loadAll(ThreadEval.DEFAULT_FOLDER).stream()
        .filter(t -> t.split().equals("dev")).toList();
    ActionTrees.Model model = ActionTreeTrainer.grow(tuning, BoostedTrees.Settings.DEFAULT);
    StringWriter regrown = new StringWriter();
    model.trees().write(regrown);
    ByteArrayOutputStream wording = new ByteArrayOutputStream();
    model.wording().write(wording);
    // The model's text, not the gzip bytes around it: another zlib may compress it otherwise.

    assertThat(regrown.toString())
        .as("regrow them: java -jar target/roundup.jar train-actions")
        .isEqualTo(Files.readString(SHIPPED));
    assertThat(Gunzipped.text(wording.toByteArray()))
        .as("regrow them: java -jar target/roundup.jar train-actions")
        .isEqualTo(Gunzipped.text(Files.readAllBytes(SHIPPED_WORDING)));

    StringWriter veto = new StringWriter();
    ActionVetoTrainer.grow(tuning, BoostedTrees.Settings.DEFAULT).write(veto);
    assertThat(veto.toString())
        .as("regrow them: java -jar target/roundup.jar train-actions")
        .isEqualTo(Files.readString(SHIPPED_VETO));
  }
}
