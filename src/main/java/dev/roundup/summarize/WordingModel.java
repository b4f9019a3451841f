package dev.roundup.summarize;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * How much a message's wording alone reads like a decision: a logistic regression over its
 * {@link WordingFeatures}, fitted on the tuning threads by {@code train-decisions}. It is one of
 * the {@link MessageFeatures} the decision trees weigh, beside the rules and the shape of the
 * exchange; on its own it is no judge (it has never seen the thread around the message).
 *
 * <p>Written as gzipped text: the bias on the first line, then {@code slot weight} for each slot
 * with a weight, in slot order. Weights are kept as {@code float}s, in memory as on disk, so the
 * model measured while training is the model shipped.
 */
public final class WordingModel {

  /**
   * No model: every message scores 0 (a bias of minus infinity, which is also what it reads back
   * as once written), and the trees learn to ignore the feature.
   */
  public static final WordingModel NONE = new WordingModel(Float.NEGATIVE_INFINITY, new float[0]);

  private final float bias;
  private final float[] weights;

  /** A model with {@code weights} indexed by feature slot; shorter arrays read as zeros. */
  public WordingModel(float bias, float[] weights) {
    this.bias = bias;
    this.weights = weights.clone();
  }

  /** The probability that a message worded with these features states a decision. */
  public double probability(int[] features) {
    double z = bias;
    for (int f : features) {
      z += f < weights.length ? weights[f] : 0;
    }
    return 1 / (1 + StrictMath.exp(-z));
  }

  /**
   * Writes the model; the same model always gives the same text (the gzip around it is zlib's,
   * whose bytes may differ from one zlib build to another).
   */
  public void write(OutputStream out) throws IOException {
    GZIPOutputStream zip = new GZIPOutputStream(out);
    Writer w = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
    w.write("bias " + Float.toString(bias) + "\n");
    for (int i = 0; i < weights.length; i++) {
      if (weights[i] != 0) {
        w.write(i + " " + Float.toString(weights[i]) + "\n");
      }
    }
    w.flush();
    zip.finish();
  }

  /** Reads a model {@link #write} wrote; its slots must fit {@link WordingFeatures#DIMENSIONS}. */
  public static WordingModel read(InputStream in) {
    try (BufferedReader r = new BufferedReader(
        new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8))) {
      String first = r.readLine();
      if (first == null || !first.startsWith("bias ")) {
        throw new IllegalArgumentException("not a wording model: no bias line");
      }
      float bias = Float.parseFloat(first.substring("bias ".length()));
      float[] weights = new float[WordingFeatures.DIMENSIONS];
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        int space = line.indexOf(' ');
        int slot = Integer.parseInt(line.substring(0, space));
        if (slot < 0 || slot >= weights.length) {
          throw new IllegalArgumentException(String.format(Locale.ROOT,
              "slot %d outside the %d the features hash into", slot, weights.length));
        }
        weights[slot] = Float.parseFloat(line.substring(space + 1));
      }
      return new WordingModel(bias, weights);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
