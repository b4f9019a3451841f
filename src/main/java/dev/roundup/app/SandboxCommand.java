package dev.roundup.app;

import dev.roundup.export.ExportException;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sandbox [--port N] [--host ADDRESS] [--export DIR]}: Roundup in a local, Slack-like
 * workspace in the browser — no Slack needed — until the process is stopped.
 */
@Command(name = "sandbox", mixinStandardHelpOptions = true, versionProvider = RoundupVersion.class,
    descriptionHeading = "%n", optionListHeading = "%nOptions:%n",
    synopsisHeading = "", customSynopsis = SandboxCommand.USAGE,
    description = {"Tries Roundup in a local Slack-like workspace in the browser, no Slack needed.",
        "The real bot answers mentions, runs tasks and posts digests in an emulated workspace: the "
        + "sample one, or your own Slack export. The console has no login: it listens on this "
        + "machine only unless --host says otherwise."})
public final class SandboxCommand implements CliCommand {

  static final String USAGE = "Usage: sandbox [--port N] [--host ADDRESS] [--export DIR]";

  @Spec
  private CommandSpec spec;

  @Option(names = "--port", paramLabel = "N", defaultValue = "3000",
      description = "the console's port (default: 3000)")
  private int port;

  @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
      description = "where to listen (default: 127.0.0.1); anything else lets others act as anyone")
  private String host;

  @Option(names = "--export", paramLabel = "DIR",
      description = "a Slack export (its folder or the zip Slack ships) to load instead of the "
          + "sample workspace")
  private Path export;

  @Override
  public Integer call() {
    if (port < 0 || port > 65535) {
      throw Cli.badInput(spec, "--port must be between 0 and 65535, not " + port);
    }
    boolean loopback;
    try {
      loopback = InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      throw Cli.badInput(spec, "--host " + host + " is not an address of this machine");
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!loopback) {
      err.println("Warning: the sandbox console has no login. Listening on " + host
          + " lets anyone who can reach it act as any member of the workspace.");
    }
    Sandbox sandbox;
    try {
      sandbox = Sandbox.start(new Sandbox.Options(host, port, export));
    } catch (ExportException e) {
      throw Cli.badInput(spec, e.getMessage());
    } catch (Exception e) {
      err.println("Roundup sandbox cannot start: " + (portInUse(e)
          ? "port " + port + " on " + host + " is in use; pick another with --port." : e.getMessage()));
      return 1;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      sandbox.close();
      stopped.countDown();
    }, "sandbox-shutdown"));
    out.println("Roundup sandbox: " + sandbox.url());
    out.flush();
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return 0;
  }

  private static boolean portInUse(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof BindException) {
        return true;
      }
    }
    return false;
  }
}
