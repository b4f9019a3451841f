package dev.roundup.app;

import dev.roundup.store.StoreException;
import dev.roundup.summarize.ExtractiveSummarizer;
import dev.roundup.summarize.Summarizer;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code serve} (the default): runs the bot until the process is stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = RoundupVersion.class,
    descriptionHeading = "%n", optionListHeading = "%nOptions:%n",
    synopsisHeading = "", customSynopsis = ServeCommand.USAGE,
    description = {"Runs the bot (HTTP on port 3000, or Socket Mode).",
        "It takes no arguments: configure it with config/roundup.properties or environment "
        + "variables (see the README)."})
public final class ServeCommand implements CliCommand {

  static final String USAGE = "Usage: serve";

  @Spec
  private CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Config config;
    try {
      config = Config.load();
    } catch (ConfigException e) {
      err.println("Roundup cannot start: " + e.getMessage());
      return BAD_INPUT;
    }
    try {
      Roundup roundup = Roundup.start(config, Clock.systemUTC(), new ExtractiveSummarizer());
      CountDownLatch stopped = new CountDownLatch(1);
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        roundup.close();
        stopped.countDown();
      }, "roundup-shutdown"));
      out.println("Roundup is running on port " + roundup.port() + " (health: /healthz, metrics: /metrics).");
      out.flush();
      stopped.await();
      return 0;
    } catch (ConfigException e) {
      err.println("Roundup cannot start: " + e.getMessage());
      return BAD_INPUT;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 1;
    } catch (StoreException e) {
      err.println("Roundup cannot start: " + e.getMessage()
          + " (the database is ROUNDUP_DB_URL, ROUNDUP_DB_USER and ROUNDUP_DB_PASSWORD).");
      return 1;
    } catch (Exception e) {
      err.println("Roundup cannot start: " + e);
      return 1;
    }
  }
}
