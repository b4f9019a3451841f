package dev.roundup.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The decision trees the build ships are the ones {@code train-decisions} grows from the tuning
 * threads as they stand: a changed rule, feature or gold thread without regrown trees fails here.
 */
class ShippedDecisionTreesTest {

  private static final Path SHIPPED =
      Path.of("src/main/resources/dev/roundup/summarize/decision-trees.txt");

  @Test
  void the_shipped_trees_are_regrown_from_the_tuning_threads_exactly() throws Exception {
    List<GoldThread> tuning = GoldThreadLoader.loadAll(ThreadEval.DEFAULT_FOLDER).stream()
        .filter(t -> t.split().equals("dev")).toList();
    StringWriter regrown = new StringWriter();
    DecisionTreeTrainer.grow(tuning, BoostedTrees.Settings.DEFAULT).write(regrown);

    assertThat(regrown.toString())
        .as("regrow them: java -jar target/roundup.jar train-decisions")
        .isEqualTo(Files.readString(SHIPPED));
  }
}
