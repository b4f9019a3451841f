package dev.roundup.app;

import dev.roundup.eval.ActionTreeTrainer;
import dev.roundup.eval.ActionVetoTrainer;
import dev.roundup.eval.BoostedTrees;
import dev.roundup.eval.GoldThread;
import dev.roundup.eval.GoldThreadLoader;
import dev.roundup.eval.SectionScore;
import dev.roundup.eval.ThreadEval;
import dev.roundup.summarize.ActionTrees;
import dev.roundup.summarize.ActionVeto;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code train-actions [--threads DIR] [--out FILE] [--wording-out FILE] [--veto-out FILE]
 * [--folds-seed N]}: grows the trees with which the embedded summarizer finds tasks given in one
 * message and taken on in the reply ({@link ActionTrees}) and the wording model they read, and
 * the trees that drop the rules' action items they doubt ({@link ActionVeto}), from the tuning
 * threads' gold ({@code DIR/dev}); writes them, and prints how the summarizer's action items
 * score with each: in cross-validation on the tuning threads at each threshold swept and on the
 * held-out threads ({@code DIR/heldout}), beside the rules alone; how the two score together, in
 * the same cross-validation, at every pair of thresholds swept; and whether the shipped pair is
 * the one the documented rule picks. The folds can be dealt in another order ({@code
 * --folds-seed}) to see how far the figures move with them.
 * Run it before {@code train-decisions}: the decision trees read the action items.
 */
@Command(name = "train-actions", mixinStandardHelpOptions = true,
    versionProvider = RoundupVersion.class,
    descriptionHeading = "%n", optionListHeading = "%nOptions:%n",
    synopsisHeading = "", customSynopsis = TrainActionsCommand.USAGE,
    description = {"Grows the embedded summarizer's action item trees from the hand-written "
        + "threads.",
        "Trains on DIR/dev, reports five-fold cross-validation there and the held-out threads "
        + "(DIR/heldout), writes the trees, the wording model and the veto the build ships, "
        + "reports the trees and the veto together at every pair of thresholds swept, in the same "
        + "cross-validation, and says which pair the documented rule picks. Run it before "
        + "train-decisions, whose trees read action items."})
public final class TrainActionsCommand implements CliCommand {

  static final String USAGE =
      "Usage: train-actions [--threads DIR] [--out FILE] [--wording-out FILE] [--veto-out FILE]"
          + " [--folds-seed N]";

  @Spec
  private CommandSpec spec;

  @Mixin
  private TuningThreadsOption tuning;

  @Option(names = "--out", paramLabel = "FILE",
      defaultValue = "src/main/resources/dev/roundup/summarize/action-trees.txt",
      description = "where the trees are written (default: the file the build ships)")
  private Path out;

  @Option(names = "--wording-out", paramLabel = "FILE",
      description = "where the wording model the trees read is written (default: "
          + "action-wording.txt.gz beside the trees, so the file the build ships)")
  private Path wordingOut;

  @Option(names = "--veto-out", paramLabel = "FILE",
      description = "where the veto's trees are written (default: action-veto.txt beside the "
          + "trees, so the file the build ships)")
  private Path vetoOut;

  @Option(names = "--folds-seed", paramLabel = "N", defaultValue = "0",
      description = "deal the tuning threads into the cross-validation's folds in an order "
          + "shuffled by N (default 0: file order); the models written are the same either way")
  private long foldsSeed;

  @Override
  public Integer call() throws IOException {
    Path threads = tuning.checked(spec);
    Path wordingFile = TrainedModelFiles.wordingFile(spec, out, wordingOut, "action-wording.txt.gz");
    Path vetoFile = TrainedModelFiles.vetoFile(spec, out, wordingFile, vetoOut);
    PrintWriter print = spec.commandLine().getOut();
    print.println("Reading " + threads + " …");
    List<GoldThread> gold = GoldThreadLoader.loadAll(threads);
    ActionTreeTrainer.Report report = ActionTreeTrainer.train(gold, BoostedTrees.Settings.DEFAULT,
        foldsSeed);
    TrainedModelFiles.write(out, report.model().trees(), wordingFile, report.model().wording());
    print.printf("Grew %d trees from %d replies (%d taking on a gold action item): %s, with the "
        + "wording model they read: %s%n", report.model().trees().size(), report.examples(),
        report.taken(), out, wordingFile);
    print.println("Action items (precision / recall, right / wrong / missed, trap actions):");
    print.println("  tuning threads, rules alone:            " + line(report.tuningRules()));
    print.println("  tuning threads, " + ActionTreeTrainer.FOLDS + "-fold cross-validated:");
    report.tuningByThreshold().forEach((t, totals) -> print.printf(Locale.ROOT,
        "    from %.2f:%s%s%n", t, " ".repeat(24), line(totals)));
    print.println("  held-out threads, rules alone:          " + line(report.heldOutRules()));
    print.println("  held-out threads, rules and trees:      " + line(report.heldOutTrees()));
    // The veto's folds are the trees' folds: it scores the two together with the trees grown
    // for each fold above rather than growing them again.
    ActionVetoTrainer.Report veto = ActionVetoTrainer.train(gold, report::byFold,
        BoostedTrees.Settings.DEFAULT, foldsSeed);
    printVeto(print, veto, vetoFile);
    printTogether(print, veto);
    return 0;
  }

  private static void printVeto(PrintWriter print, ActionVetoTrainer.Report veto, Path vetoFile)
      throws IOException {
    TrainedModelFiles.write(vetoFile, veto.trees());
    print.printf("Grew %d trees from the rules' %d action items (%d a reader lists): %s%n",
        veto.trees().size(), veto.examples(), veto.listed(), vetoFile);
    print.println("Action items with the veto (precision / recall, right / wrong / missed, trap "
        + "actions):");
    print.println("  tuning threads, rules alone:            " + line(veto.tuningRules()));
    print.println("  tuning threads, " + ActionTreeTrainer.FOLDS + "-fold cross-validated:");
    veto.tuningByKeep().forEach((t, totals) -> print.printf(Locale.ROOT,
        "    keep from %.2f:%s%s%n", t, " ".repeat(19), line(totals)));
    print.println("  held-out threads, rules alone:          " + line(veto.heldOutRules()));
    print.println("  held-out threads, rules and veto:       " + line(veto.heldOutVeto()));
  }

  /**
   * The rules, the tasks the trees add and the veto together, at every pair of thresholds
   * swept, and the pair the documented rule picks ({@link ActionVetoTrainer.Report#chosen}).
   */
  private static void printTogether(PrintWriter print, ActionVetoTrainer.Report veto) {
    print.println("Action items with the trees adding and the veto keeping, together, "
        + ActionTreeTrainer.FOLDS + "-fold cross-validated (precision / recall, right / wrong / "
        + "missed, trap actions):");
    print.println("  rules alone:                            " + line(veto.tuningRules()));
    veto.together().forEach((pair, totals) -> print.printf(Locale.ROOT,
        "  adding from %.2f, keeping from %.2f:%s%s%n", pair.add(), pair.keep(), " ".repeat(4),
        line(totals)));
    ActionVetoTrainer.Thresholds shipped = ActionVetoTrainer.Thresholds.SHIPPED;
    print.println(veto.chosen().map(pair -> pair.equals(shipped)
        ? String.format(Locale.ROOT, "  the shipped pair is the one the rule picks (adding from "
            + "%.2f, keeping from %.2f)", shipped.add(), shipped.keep())
        : String.format(Locale.ROOT, "  the rule picks adding from %.2f and keeping from %.2f, "
            + "not the shipped %.2f and %.2f: set ActionTrees.SHIPPED_THRESHOLD and "
            + "ActionVeto.SHIPPED_KEEP", pair.add(), pair.keep(), shipped.add(), shipped.keep()))
        .orElse("  no pair swept is as precise as the rules alone"));
  }

  private static String line(ThreadEval.Totals t) {
    SectionScore a = t.actions();
    return String.format(Locale.ROOT, "%.3f / %.3f  %d / %d / %d  %d", a.precision(),
        a.recall(), a.matched(), a.spurious(), a.missed(), t.trapActions());
  }
}
