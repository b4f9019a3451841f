package dev.roundup.sandbox.console;

import dev.roundup.sandbox.SandboxClock;
import dev.roundup.sandbox.SlackEmulator;
import java.net.URI;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The sandbox console: a web page, served from the jar, where a person tries the app in an emulated
 * workspace — reads channels and threads, posts and runs slash commands as any member, presses the
 * app's buttons, fills its modals, opens its App Home, moves the clock, and watches the Web API
 * calls the app makes (and makes them fail). It drives the emulator only through its public API:
 *
 * <pre>{@code
 * SandboxClock clock = new SandboxClock();
 * Workspace workspace = SlackExport.sample(clock);
 * workspace.setClock(clock);
 * try (SlackEmulator slack = SlackEmulator.start(workspace)) {
 *   slack.setClock(clock);
 *   // start the app against slack.apiUrl(), then slack.setAppUrl(...)
 *   try (SandboxConsole console = SandboxConsole.start(slack, clock,
 *       new ConsoleSettings("127.0.0.1", 3000, List.of("/task"), app::runDue))) {
 *     System.out.println(console.url());
 *   }
 * }
 * }</pre>
 */
public final class SandboxConsole implements AutoCloseable {

  private final Server server;
  private final EventStream events;
  private final ClockControl clock;
  private final URI url;

  private SandboxConsole(Server server, EventStream events, ClockControl clock, URI url) {
    this.server = server;
    this.events = events;
    this.clock = clock;
    this.url = url;
  }

  /**
   * Serves the console for {@code slack}; {@code clock} is the one the emulator and the app share.
   *
   * @throws IllegalStateException when the port cannot be bound (the cause says why)
   */
  public static SandboxConsole start(SlackEmulator slack, SandboxClock clock, ConsoleSettings settings) {
    ClockControl clockControl = new ClockControl(clock, slack.changes(), settings.afterClockMoves());
    EventStream events = new EventStream(slack.changes());
    QueuedThreadPool threads = new QueuedThreadPool(64, 4);
    threads.setName("sandbox-console");
    Server server = new Server(threads);
    ServerConnector connector = new ServerConnector(server);
    connector.setHost(settings.host());
    connector.setPort(settings.port());
    server.addConnector(connector);
    server.setHandler(new ConsoleHandler(new ConsoleApi(slack, clockControl, settings), events));
    // No graceful wait on stop: open pages keep connections alive, and there is nothing to finish.
    server.setStopTimeout(0);
    try {
      server.start();
    } catch (Exception e) {
      clockControl.close();
      try {
        server.stop();
      } catch (Exception ignored) {
        // Already failing: the start error is the one to report.
      }
      throw new IllegalStateException("could not serve the sandbox console on " + settings.host()
          + ":" + settings.port() + ": " + e.getMessage(), e);
    }
    String host = settings.host().contains(":") ? "[" + settings.host() + "]" : settings.host();
    URI url = URI.create("http://" + host + ":" + connector.getLocalPort() + "/");
    return new SandboxConsole(server, events, clockControl, url);
  }

  /** Where to open the console, e.g. {@code http://127.0.0.1:3000/}. */
  public URI url() {
    return url;
  }

  @Override
  public void close() {
    try {
      events.close();
      clock.close();
      server.stop();
    } catch (Exception e) {
      throw new IllegalStateException("could not stop the sandbox console", e);
    }
  }
}
