package dev.roundup.app;

import dev.roundup.eval.BoostedTrees;
import dev.roundup.eval.DecisionTreeTrainer;
import dev.roundup.eval.GoldThreadLoader;
import dev.roundup.eval.SectionScore;
import dev.roundup.eval.ThreadEval;
import dev.roundup.summarize.DecisionTrees;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code train-decisions [--threads DIR] [--out FILE] [--wording-out FILE] [--folds-seed N]}:
 * grows the decision trees the embedded summarizer ships, and the wording model they read, from
 * the tuning threads' gold ({@code DIR/dev}), writes both, and prints how the summarizer scores
 * with them: in cross-validation on the tuning threads at each pair of thresholds swept (to add,
 * to keep a rule decision) and on the held-out threads ({@code DIR/heldout}), beside the rules
 * alone; and whether the shipped thresholds are the pair the documented rule picks. The folds
 * can be dealt in another order ({@code --folds-seed}) to see how far the figures move with them.
 */
@Command(name = "train-decisions", mixinStandardHelpOptions = true,
    versionProvider = RoundupVersion.class,
    descriptionHeading = "%n", optionListHeading = "%nOptions:%n",
    synopsisHeading = "", customSynopsis = TrainDecisionsCommand.USAGE,
    description = {"Grows the embedded summarizer's decision trees from the hand-written threads.",
        "Trains on DIR/dev, reports five-fold cross-validation there and the held-out threads "
        + "(DIR/heldout), writes the trees and the wording model the build ships, and says which "
        + "thresholds (to add a decision, to keep a rule's) the documented rule picks."})
public final class TrainDecisionsCommand implements CliCommand {

  static final String USAGE =
      "Usage: train-decisions [--threads DIR] [--out FILE] [--wording-out FILE] [--folds-seed N]";

  @Spec
  private CommandSpec spec;

  @Mixin
  private TuningThreadsOption tuning;

  @Option(names = "--out", paramLabel = "FILE",
      defaultValue = "src/main/resources/dev/roundup/summarize/decision-trees.txt",
      description = "where the trees are written (default: the file the build ships)")
  private Path out;

  @Option(names = "--wording-out", paramLabel = "FILE",
      description = "where the wording model the trees read is written (default: "
          + "decision-wording.txt.gz beside the trees, so the file the build ships)")
  private Path wordingOut;

  @Option(names = "--folds-seed", paramLabel = "N", defaultValue = "0",
      description = "deal the tuning threads into the cross-validation's folds in an order "
          + "shuffled by N (default 0: file order); the trees written are the same either way")
  private long foldsSeed;

  @Override
  public Integer call() throws IOException {
    Path threads = tuning.checked(spec);
    Path wordingFile =
        TrainedModelFiles.wordingFile(spec, out, wordingOut, "decision-wording.txt.gz");
    PrintWriter print = spec.commandLine().getOut();
    print.println("Reading " + threads + " …");
    DecisionTreeTrainer.Report report = DecisionTreeTrainer.train(
        GoldThreadLoader.loadAll(threads), BoostedTrees.Settings.DEFAULT, foldsSeed);
    TrainedModelFiles.write(out, report.model().trees(), wordingFile, report.model().wording());
    print.printf("Grew %d trees from %d messages (%d cited by a gold decision): %s, with the "
        + "wording model they read: %s%n", report.model().trees().size(), report.examples(),
        report.decided(), out, wordingFile);
    print.println("Decisions (precision / recall, right / wrong / missed, deferrals listed):");
    print.println("  tuning threads, rules alone:            " + line(report.tuningRules()));
    print.println("  tuning threads, " + DecisionTreeTrainer.FOLDS
        + "-fold cross-validated: " + line(report.tuningCrossValidated()) + "  ("
        + DecisionTrees.SHIPPED_THRESHOLDS + ")");
    report.tuningByThresholds().forEach((t, totals) -> print.printf(
        "    %-36s%s%n", t + ":", line(totals)));
    report.chosen().ifPresentOrElse(
        chosen -> print.println(chosen.equals(DecisionTrees.SHIPPED_THRESHOLDS)
            ? "  the shipped thresholds are the ones the rule picks (" + chosen + ")"
            : "  the rule picks " + chosen + ", not the shipped " + DecisionTrees.SHIPPED_THRESHOLDS
                + ": set DecisionTrees.SHIPPED_THRESHOLDS"),
        () -> print.println("  no thresholds swept find as many right decisions as the rules alone"));
    print.println("  held-out threads, rules alone:          " + line(report.heldOutRules()));
    print.println("  held-out threads, rules and trees:      " + line(report.heldOutTrees()));
    return 0;
  }

  private static String line(ThreadEval.Totals t) {
    SectionScore d = t.decisions();
    return String.format("%.3f / %.3f  %d / %d / %d  %d", d.precision(), d.recall(), d.matched(),
        d.spurious(), d.missed(), t.deferralsAsDecisions());
  }
}
