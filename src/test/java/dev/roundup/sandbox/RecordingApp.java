package dev.roundup.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;

/** A tiny stand-in for the app: a real HTTP server that records every request it receives. */
public final class RecordingApp implements AutoCloseable {

  public record Received(String path, Map<String, String> headers, String body) {}

  private final List<Received> received = new CopyOnWriteArrayList<>();
  private final Server server = new Server();
  private final int port;
  private volatile String answer = "";

  public RecordingApp() throws Exception {
    ServerConnector connector = new ServerConnector(server);
    connector.setHost("127.0.0.1");
    connector.setPort(0);
    server.addConnector(connector);
    server.setHandler(new Handler.Abstract() {
      @Override
      public boolean handle(Request request, Response response, Callback callback) throws Exception {
        Map<String, String> headers = new LinkedHashMap<>();
        for (HttpField field : request.getHeaders()) {
          headers.put(field.getName().toLowerCase(), field.getValue());
        }
        received.add(new Received(Request.getPathInContext(request), headers,
            Content.Source.asString(request, StandardCharsets.UTF_8)));
        response.setStatus(200);
        Content.Sink.write(response, true, answer, callback);
        return true;
      }
    });
    server.start();
    port = connector.getLocalPort();
  }

  public String url() {
    return "http://127.0.0.1:" + port + "/slack/events";
  }

  public void answerWith(String body) {
    this.answer = body;
  }

  public List<Received> received() {
    return List.copyOf(received);
  }

  public Received last() {
    return received.get(received.size() - 1);
  }

  @Override
  public void close() throws Exception {
    server.stop();
  }
}
