package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** The wording model scores a message from its features, and reads back what it wrote. */
class WordingModelTest {

  private static WordingModel model() {
    float[] w = new float[WordingFeatures.DIMENSIONS];
    for (int slot : WordingFeatures.of("we decided", "en")) {
      w[slot] = 2f;
    }
    return new WordingModel(-1f, w);
  }

  @Test
  void words_with_weight_raise_the_probability() {
    WordingModel m = model();
    assertThat(m.probability(WordingFeatures.of("we decided", "en"))).isGreaterThan(0.99);
    assertThat(m.probability(WordingFeatures.of("lunch anyone", "en")))
        .isCloseTo(1 / (1 + Math.exp(1)), org.assertj.core.data.Offset.offset(1e-9));
    assertThat(WordingModel.NONE.probability(WordingFeatures.of("we decided", "en"))).isZero();
  }

  @Test
  void a_model_read_back_scores_as_written_and_writes_the_same_bytes() throws IOException {
    ByteArrayOutputStream first = new ByteArrayOutputStream();
    model().write(first);
    WordingModel read = WordingModel.read(new ByteArrayInputStream(first.toByteArray()));
    ByteArrayOutputStream second = new ByteArrayOutputStream();
    read.write(second);

    assertThat(second.toByteArray()).isEqualTo(first.toByteArray());
    int[] said = WordingFeatures.of("ok we decided to roll back", "en");
    assertThat(read.probability(said)).isEqualTo(model().probability(said));
  }

  @Test
  void a_file_that_is_no_model_is_refused() throws IOException {
    assertThatThrownBy(() -> WordingModel.read(new ByteArrayInputStream(gzip("1 0.5\n"))))
        .hasMessageContaining("bias");
    assertThatThrownBy(() -> WordingModel.read(
        new ByteArrayInputStream(gzip("bias 0.1\n" + WordingFeatures.DIMENSIONS + " 0.5\n"))))
        .hasMessageContaining("outside");
  }

  private static byte[] gzip(String text) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
      zip.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }

  @Test
  void no_model_reads_back_as_no_model() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    WordingModel.NONE.write(out);
    WordingModel read = WordingModel.read(new ByteArrayInputStream(out.toByteArray()));
    assertThat(read.probability(WordingFeatures.of("we decided", "en"))).isZero();
    assertThat(read.probability(new int[0])).isZero();
  }
}
