package dev.roundup.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roundup.summarize.WordingFeatures;
import dev.roundup.summarize.WordingModel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The wording model is fitted from labelled messages: words that come with decisions score
 * higher than words that do not, on messages it was not fitted on too, and the same examples
 * always give the same model.
 */
class LogisticRegressionTest {

  private static final String[] DECIDED = {
      "ok we go with the blue vendor", "decision: we roll back tonight",
      "we go with option b then", "ok we roll back the release", "we go with friday"};
  private static final String[] NOT = {
      "anyone seen the logs?", "lunch is here", "the logs are in the bucket",
      "anyone know where the keys are?", "is the bucket public?", "thanks all", "lol"};

  private static WordingModel fitted() {
    List<int[]> xs = new ArrayList<>();
    List<Boolean> ys = new ArrayList<>();
    for (String s : DECIDED) {
      xs.add(WordingFeatures.of(s, "en"));
      ys.add(true);
    }
    for (String s : NOT) {
      xs.add(WordingFeatures.of(s, "en"));
      ys.add(false);
    }
    boolean[] labels = new boolean[ys.size()];
    for (int i = 0; i < labels.length; i++) {
      labels[i] = ys.get(i);
    }
    return LogisticRegression.fit(xs, labels);
  }

  @Test
  void words_that_come_with_decisions_score_higher() {
    WordingModel m = fitted();
    assertThat(m.probability(WordingFeatures.of("ok we go with the red vendor", "en")))
        .isGreaterThan(0.5)
        .isGreaterThan(m.probability(WordingFeatures.of("anyone seen the red vendor?", "en")));
    assertThat(m.probability(WordingFeatures.of("lunch anyone?", "en"))).isLessThan(0.5);
  }

  @Test
  void the_same_examples_give_the_same_model() throws IOException {
    ByteArrayOutputStream a = new ByteArrayOutputStream();
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    fitted().write(a);
    fitted().write(b);
    assertThat(a.toByteArray()).isEqualTo(b.toByteArray());
  }

  @Test
  void one_class_alone_teaches_nothing() {
    assertThat(LogisticRegression.fit(List.of(WordingFeatures.of("lol", "en")),
        new boolean[] {false})).isSameAs(WordingModel.NONE);
  }
}
