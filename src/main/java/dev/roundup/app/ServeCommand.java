package dev.roundup.app;

import dev.roundup.summarize.ExtractiveSummarizer;
import dev.roundup.summarize.Summarizer;
import dev.roundup.summarize.SummarizerFactory;
import java.io.PrintStream;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/** {@code serve} (the default): runs the bot until the process is stopped. */
public final class ServeCommand implements CliCommand {

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) {
    if (!args.isEmpty()) {
      err.println("serve takes no arguments; configure it with config/roundup.properties or environment variables.");
      return BAD_INPUT;
    }
    Config config;
    try {
      config = Config.load();
    } catch (ConfigException e) {
      err.println("Roundup cannot start: " + e.getMessage());
      return BAD_INPUT;
    }
    try {
      Roundup roundup = Roundup.start(config, Clock.systemUTC(), summarizer(config));
      CountDownLatch stopped = new CountDownLatch(1);
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        roundup.close();
        stopped.countDown();
      }, "roundup-shutdown"));
      out.println("Roundup is running on port " + roundup.port() + " (health: /healthz, metrics: /metrics).");
      stopped.await();
      return 0;
    } catch (ConfigException e) {
      err.println("Roundup cannot start: " + e.getMessage());
      return BAD_INPUT;
    } catch (Exception e) {
      err.println("Roundup cannot start: " + e);
      return 1;
    }
  }

  /** The embedded summarizer, or the configured LLM with the embedded one as its fallback. */
  static Summarizer summarizer(Config config) {
    return SummarizerFactory.create(config.llm(), new ExtractiveSummarizer());
  }
}
