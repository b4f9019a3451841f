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
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code train-actions [--threads DIR] [--out FILE] [--wording-out FILE] [--veto-out FILE]}:
 * grows the trees with which the embedded summarizer finds tasks given in one message and taken
 * on in the reply ({@link ActionTrees}) and the wording model they read, and the trees that drop
 * the rules' action items they doubt ({@link ActionVeto}), from the tuning threads' gold ({@code
 * DIR/dev}); writes them, and prints how the summarizer's action items score with each: in
 * cross-validation on the tuning threads at each threshold swept and on the held-out threads
 * ({@code DIR/heldout}), beside the rules alone; whether the shipped thresholds are the ones the
 * documented rules pick; and how they score together, as they ship, in the same cross-validation.
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
        + "says which thresholds the documented rules pick, and reports the trees and the veto "
        + "together, at the shipped thresholds, in the same cross-validation. Run it before "
        + "train-decisions, whose trees read action items."})
public final class TrainActionsCommand implements CliCommand {

  static final String USAGE =
      "Usage: train-actions [--threads DIR] [--out FILE] [--wording-out FILE] [--veto-out FILE]";

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

  @Override
  public Integer call() throws IOException {
    Path threads = tuning.checked(spec);
    Path wordingFile = TrainedModelFiles.wordingFile(spec, out, wordingOut, "action-wording.txt.gz");
    Path vetoFile = TrainedModelFiles.vetoFile(spec, out, wordingFile, vetoOut);
    PrintWriter print = spec.commandLine().getOut();
    print.println("Reading " + threads + " …");
    List<GoldThread> gold = GoldThreadLoader.loadAll(threads);
    ActionTreeTrainer.Report report = ActionTreeTrainer.train(gold, BoostedTrees.Settings.DEFAULT);
    TrainedModelFiles.write(out, report.model().trees(), wordingFile, report.model().wording());
    print.printf("Grew %d trees from %d replies (%d taking on a gold action item): %s, with the "
        + "wording model they read: %s%n", report.model().trees().size(), report.examples(),
        report.taken(), out, wordingFile);
    print.println("Action items (precision / recall, right / wrong / missed, trap actions):");
    print.println("  tuning threads, rules alone:            " + line(report.tuningRules()));
    print.println("  tuning threads, " + ActionTreeTrainer.FOLDS + "-fold cross-validated:");
    report.tuningByThreshold().forEach((t, totals) -> print.printf(Locale.ROOT,
        "    from %.2f:%s%s%n", t, " ".repeat(24), line(totals)));
    print.println(chosen(report.chosen(), ActionTrees.SHIPPED_THRESHOLD,
        "ActionTrees.SHIPPED_THRESHOLD", "within a point of the rules' precision"));
    print.println("  held-out threads, rules alone:          " + line(report.heldOutRules()));
    print.println("  held-out threads, rules and trees:      " + line(report.heldOutTrees()));
    // The veto's folds are the trees' folds: it scores the two together with the trees grown
    // for each fold above rather than growing them again.
    ActionVetoTrainer.Report veto = ActionVetoTrainer.train(gold,
        report.byFold(ActionTrees.SHIPPED_THRESHOLD), BoostedTrees.Settings.DEFAULT);
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
    print.println(chosen(veto.chosen(), ActionVeto.SHIPPED_KEEP, "ActionVeto.SHIPPED_KEEP",
        "within half a point of the rules' recall"));
    print.println("  held-out threads, rules alone:          " + line(veto.heldOutRules()));
    print.println("  held-out threads, rules and veto:       " + line(veto.heldOutVeto()));
  }

  /** What ships: the rules, the tasks the trees add and the veto, at the shipped thresholds. */
  private static void printTogether(PrintWriter print, ActionVetoTrainer.Report veto) {
    print.printf(Locale.ROOT, "Action items with the trees adding from %.2f and the veto keeping "
        + "from %.2f, as they ship (precision / recall, right / wrong / missed, trap actions):%n",
        ActionTrees.SHIPPED_THRESHOLD, ActionVeto.SHIPPED_KEEP);
    print.println("  tuning threads, " + ActionTreeTrainer.FOLDS + "-fold cross-validated: "
        + line(veto.tuningWithAdding()));
  }

  /** Whether the threshold the documented rule picks is the shipped one, in words. */
  private static String chosen(Optional<Double> chosen, double shipped, String constant,
      String bound) {
    if (chosen.isEmpty()) {
      return "  no threshold swept is " + bound;
    }
    return chosen.get() == shipped
        ? String.format(Locale.ROOT, "  the shipped threshold is the one the rule picks (%.2f)",
            shipped)
        : String.format(Locale.ROOT, "  the rule picks %.2f, not the shipped %.2f: set %s",
            chosen.get(), shipped, constant);
  }

  private static String line(ThreadEval.Totals t) {
    SectionScore a = t.actions();
    return String.format(Locale.ROOT, "%.3f / %.3f  %d / %d / %d  %d", a.precision(),
        a.recall(), a.matched(), a.spurious(), a.missed(), t.trapActions());
  }
}
