package dev.roundup.app;

import dev.roundup.eval.ActionTreeTrainer;
import dev.roundup.eval.BoostedTrees;
import dev.roundup.eval.GoldThreadLoader;
import dev.roundup.eval.SectionScore;
import dev.roundup.eval.ThreadEval;
import dev.roundup.summarize.ActionTrees;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code train-actions [--threads DIR] [--out FILE] [--wording-out FILE]}: grows the trees with which the embedded
 * summarizer finds tasks given in one message and taken on in the reply ({@link ActionTrees}),
 * and the wording model they read, from the tuning threads' gold ({@code DIR/dev}), writes both, and prints how the summarizer's
 * action items score with them: in cross-validation on the tuning threads at each threshold
 * swept and on the held-out threads ({@code DIR/heldout}), beside the rules alone; and whether
 * the shipped threshold is the one the documented rule picks. Run it before {@code
 * train-decisions}: the decision trees read the action items.
 */
@Command(name = "train-actions", mixinStandardHelpOptions = true,
    versionProvider = RoundupVersion.class,
    descriptionHeading = "%n", optionListHeading = "%nOptions:%n",
    synopsisHeading = "", customSynopsis = TrainActionsCommand.USAGE,
    description = {"Grows the embedded summarizer's action item trees from the hand-written "
        + "threads.",
        "Trains on DIR/dev, reports five-fold cross-validation there and the held-out threads "
        + "(DIR/heldout), writes the trees and the wording model the build ships, and says which threshold the "
        + "documented rule picks. Run it before train-decisions, whose trees read action items."})
public final class TrainActionsCommand implements CliCommand {

  static final String USAGE = "Usage: train-actions [--threads DIR] [--out FILE] [--wording-out FILE]";

  @Spec
  private CommandSpec spec;

  @Option(names = "--threads", paramLabel = "DIR",
      defaultValue = "src/test/resources/eval/slack-threads",
      description = "hand-written Slack threads with gold items (default: the checkout's)")
  private Path threads;

  @Option(names = "--out", paramLabel = "FILE",
      defaultValue = "src/main/resources/dev/roundup/summarize/action-trees.txt",
      description = "where the trees are written (default: the file the build ships)")
  private Path out;

  @Option(names = "--wording-out", paramLabel = "FILE",
      description = "where the wording model the trees read is written (default: "
          + "action-wording.txt.gz beside the trees, so the file the build ships)")
  private Path wordingOut;

  @Override
  public Integer call() throws IOException {
    if (!Files.isDirectory(threads.resolve("dev"))) {
      throw Cli.badInput(spec, "no tuning threads in " + threads.resolve("dev"));
    }
    Path wordingFile = TrainedModelFiles.wordingFile(spec, out, wordingOut, "action-wording.txt.gz");
    PrintWriter print = spec.commandLine().getOut();
    print.println("Reading " + threads + " …");
    ActionTreeTrainer.Report report = ActionTreeTrainer.train(
        GoldThreadLoader.loadAll(threads), BoostedTrees.Settings.DEFAULT);
    TrainedModelFiles.write(out, report.model().trees(), wordingFile, report.model().wording());
    print.printf("Grew %d trees from %d replies (%d taking on a gold action item): %s, with the "
        + "wording model they read: %s%n", report.model().trees().size(), report.examples(),
        report.taken(), out, wordingFile);
    print.println("Action items (precision / recall, right / wrong / missed, trap actions):");
    print.println("  tuning threads, rules alone:            " + line(report.tuningRules()));
    print.println("  tuning threads, " + ActionTreeTrainer.FOLDS + "-fold cross-validated:");
    report.tuningByThreshold().forEach((t, totals) -> print.printf(Locale.ROOT,
        "    from %.2f:%s%s%n", t, " ".repeat(24), line(totals)));
    report.chosen().ifPresentOrElse(
        chosen -> print.println(chosen == ActionTrees.SHIPPED_THRESHOLD
            ? String.format(Locale.ROOT, "  the shipped threshold is the one the rule picks (%.2f)",
                chosen)
            : String.format(Locale.ROOT, "  the rule picks %.2f, not the shipped %.2f: set "
                + "ActionTrees.SHIPPED_THRESHOLD", chosen, ActionTrees.SHIPPED_THRESHOLD)),
        () -> print.println("  no threshold swept is within a point of the rules' precision"));
    print.println("  held-out threads, rules alone:          " + line(report.heldOutRules()));
    print.println("  held-out threads, rules and trees:      " + line(report.heldOutTrees()));
    return 0;
  }

  private static String line(ThreadEval.Totals t) {
    SectionScore a = t.actions();
    return String.format(Locale.ROOT, "%.3f / %.3f  %d / %d / %d  %d", a.precision(),
        a.recall(), a.matched(), a.spurious(), a.missed(), t.trapActions());
  }
}
