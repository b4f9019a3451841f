package dev.roundup.summarize;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.IntToDoubleFunction;

/**
 * Boosted regression trees that give a probability: a base log-odds plus each tree's leaf,
 * scaled by the learning rate. Written as text, one node per line in pre-order ({@code split
 * FEATURE THRESHOLD} goes left when the value is at most the threshold; {@code leaf VALUE}), so a
 * change to the shipped trees reads as a diff. The file names its features; reading it against a
 * different feature list fails, so trees and features cannot drift apart unnoticed.
 */
public final class TreeEnsemble {

  /** One node: a split on feature {@code feature} at {@code threshold}, or a leaf. */
  public record Node(int feature, double threshold, double value, Node left, Node right) {

    public static Node leaf(double value) {
      return new Node(-1, 0, value, null, null);
    }

    public static Node split(int feature, double threshold, Node left, Node right) {
      return new Node(feature, threshold, 0, left, right);
    }

    boolean isLeaf() {
      return feature < 0;
    }

    /** The leaf value the example {@code x} reaches. */
    public double valueAt(double[] x) {
      return valueAt(f -> x[f]);
    }

    double valueAt(IntToDoubleFunction x) {
      Node n = this;
      while (!n.isLeaf()) {
        n = x.applyAsDouble(n.feature) <= n.threshold ? n.left : n.right;
      }
      return n.value;
    }
  }

  private final List<String> features;
  private final double base;
  private final double rate;
  private final List<Node> trees;

  public TreeEnsemble(List<String> features, double base, double rate, List<Node> trees) {
    this.features = List.copyOf(features);
    this.base = base;
    this.rate = rate;
    this.trees = List.copyOf(trees);
  }

  /** The probability the trees give the example. */
  public double probability(double[] x) {
    return probability(f -> x[f]);
  }

  /**
   * The probability the trees give an example whose features are read as asked for: a feature no
   * split on its paths needs is never worked out.
   */
  public double probability(IntToDoubleFunction x) {
    double z = base;
    for (Node t : trees) {
      z += rate * t.valueAt(x);
    }
    return 1 / (1 + Math.exp(-z));
  }

  public int size() {
    return trees.size();
  }

  public void write(Writer out) throws IOException {
    out.write("features " + String.join("|", features) + "\n");
    out.write("base " + base + "\n");
    out.write("rate " + rate + "\n");
    for (Node t : trees) {
      out.write("tree\n");
      writeNode(t, out);
    }
  }

  private static void writeNode(Node n, Writer out) throws IOException {
    if (n.isLeaf()) {
      out.write("leaf " + n.value() + "\n");
      return;
    }
    out.write("split " + n.feature() + " " + n.threshold() + "\n");
    writeNode(n.left(), out);
    writeNode(n.right(), out);
  }

  /**
   * Trees read from {@code in}, which must name exactly {@code expected} as its features.
   *
   * @throws IllegalArgumentException when the file is not trees over those features
   */
  public static TreeEnsemble read(InputStream in, List<String> expected) {
    List<String> lines = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      r.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).forEach(lines::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Iterator<String> it = lines.iterator();
    List<String> named = List.of(field(it, "features").split("\\|"));
    if (!named.equals(expected)) {
      throw new IllegalArgumentException("the trees were grown on other features: " + named);
    }
    double base = Double.parseDouble(field(it, "base"));
    double rate = Double.parseDouble(field(it, "rate"));
    List<Node> trees = new ArrayList<>();
    while (it.hasNext()) {
      if (!it.next().equals("tree")) {
        throw new IllegalArgumentException("expected 'tree'");
      }
      trees.add(readNode(it, named.size()));
    }
    return new TreeEnsemble(named, base, rate, trees);
  }

  private static String field(Iterator<String> it, String name) {
    String line = it.hasNext() ? it.next() : "";
    if (!line.startsWith(name + " ")) {
      throw new IllegalArgumentException("expected '" + name + " …', found '" + line + "'");
    }
    return line.substring(name.length() + 1);
  }

  private static Node readNode(Iterator<String> it, int featureCount) {
    if (!it.hasNext()) {
      throw new IllegalArgumentException("a tree ends early");
    }
    String[] parts = it.next().split(" ");
    if (parts[0].equals("leaf") && parts.length == 2) {
      return Node.leaf(Double.parseDouble(parts[1]));
    }
    if (parts[0].equals("split") && parts.length == 3) {
      int feature = Integer.parseInt(parts[1]);
      if (feature < 0 || feature >= featureCount) {
        throw new IllegalArgumentException("no feature " + feature);
      }
      double threshold = Double.parseDouble(parts[2]);
      Node left = readNode(it, featureCount);
      return Node.split(feature, threshold, left, readNode(it, featureCount));
    }
    throw new IllegalArgumentException("not a node: " + String.join(" ", parts));
  }
}
