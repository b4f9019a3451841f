package dev.roundup.app;

import dev.roundup.store.Database;
import dev.roundup.store.StoreException;
import dev.roundup.store.WorkspacePurge;
import java.io.PrintWriter;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code purge-workspace TEAM_ID --yes}: deletes everything Roundup stored for one workspace (after
 * it was uninstalled there), from the database the configuration names, and reports how many rows
 * went from each table. Without {@code --yes} it deletes nothing.
 */
@Command(name = "purge-workspace", mixinStandardHelpOptions = true, versionProvider = RoundupVersion.class,
    descriptionHeading = "%n", optionListHeading = "%nOptions:%n",
    synopsisHeading = "", customSynopsis = PurgeWorkspaceCommand.USAGE,
    description = {"Deletes everything Roundup stored for one workspace.",
        "Its messages, coverage, tasks and their runs, digests and their builds, suggestions, command "
        + "log and settings, from the database configured as for serve; other workspaces are untouched."})
public final class PurgeWorkspaceCommand implements CliCommand {

  static final String USAGE = "Usage: purge-workspace TEAM_ID --yes";
  private static final Pattern TEAM_ID = Pattern.compile("[TE][A-Z0-9]{2,31}");

  @Spec
  private CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "TEAM_ID",
      description = "the workspace's team id (T…), as Slack names it")
  private String teamId;

  @Option(names = "--yes", description = "really delete (required: there is no undo)")
  private boolean yes;

  private final Supplier<Config.Database> database;

  public PurgeWorkspaceCommand() {
    this(Config::loadDatabase);
  }

  PurgeWorkspaceCommand(Supplier<Config.Database> database) {
    this.database = database;
  }

  @Override
  public Integer call() {
    if (teamId == null) {
      throw Cli.badInput(spec, "missing TEAM_ID");
    }
    if (!TEAM_ID.matcher(teamId).matches()) {
      throw Cli.badInput(spec, "not a Slack team id: '" + teamId + "' (e.g. T0123ABCD)");
    }
    if (!yes) {
      throw Cli.badInput(spec, "this deletes everything stored for " + teamId + "; add --yes to go ahead");
    }
    PrintWriter out = spec.commandLine().getOut();
    Config.Database db;
    try {
      db = database.get();
    } catch (ConfigException e) {
      spec.commandLine().getErr().println("purge-workspace: " + e.getMessage());
      return BAD_INPUT;
    }
    out.println("Database: " + db.url());
    Config.Database existing = db.existingOnly();
    try (Database open = Database.open(existing.url(), existing.user(), existing.password(), 2)) {
      Map<String, Integer> deleted = WorkspacePurge.purge(open.dataSource(), teamId);
      int total = deleted.values().stream().mapToInt(Integer::intValue).sum();
      out.println("Purged workspace " + teamId + ": " + total + " row(s).");
      deleted.forEach((table, rows) -> out.println("  " + table + ": " + rows));
      return 0;
    } catch (StoreException e) {
      spec.commandLine().getErr().println("purge-workspace: nothing was deleted: " + e.getMessage()
          + ". It works on the database serve uses: run it where serve runs, or set ROUNDUP_DB_URL.");
      return 1;
    }
  }
}
