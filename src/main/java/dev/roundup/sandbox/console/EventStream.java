package dev.roundup.sandbox.console;

import dev.roundup.sandbox.Changes;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.BufferUtil;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.FutureCallback;

/**
 * Server-sent events: tells each open console the workspace's new version whenever something
 * changed, so the page updates without reloading. A comment line every {@link #KEEP_ALIVE} finds
 * closed pages, whose stream then ends.
 */
final class EventStream implements AutoCloseable {

  static final Duration KEEP_ALIVE = Duration.ofSeconds(15);

  private final Changes changes;
  private final Object signal = new Object();
  private final AutoCloseable subscription;
  private volatile boolean closed;

  EventStream(Changes changes) {
    this.changes = changes;
    this.subscription = changes.listen(this::wake);
  }

  /** Streams until the page goes away or the console closes; runs on the request's thread. */
  void serve(Response response, Callback callback) {
    response.setStatus(200);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/event-stream; charset=utf-8");
    response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
    long sent = -1;
    try {
      write(response, "retry: 1000\n\n");
      while (!closed) {
        long version = changes.version();
        if (version != sent) {
          write(response, "data: " + version + "\n\n");
          sent = version;
        } else {
          write(response, ": still here\n\n");
        }
        synchronized (signal) {
          if (!closed && changes.version() == sent) {
            signal.wait(KEEP_ALIVE.toMillis());
          }
        }
      }
      callback.succeeded();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      callback.failed(e);
    } catch (Exception e) {
      // The page was closed: nothing to tell anyone.
      callback.failed(e);
    }
  }

  private static void write(Response response, String text) throws Exception {
    FutureCallback written = new FutureCallback();
    response.write(false, BufferUtil.toBuffer(text, StandardCharsets.UTF_8), written);
    written.get(10, TimeUnit.SECONDS);
  }

  private void wake() {
    synchronized (signal) {
      signal.notifyAll();
    }
  }

  @Override
  public void close() throws Exception {
    closed = true;
    wake();
    subscription.close();
  }
}
