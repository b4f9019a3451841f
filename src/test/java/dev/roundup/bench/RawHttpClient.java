package dev.roundup.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * A minimal HTTP/1.1 client for load generation: a fixed set of keep-alive connections, each
 * served by its own thread taking requests from one queue. It adds far less latency than a
 * general-purpose client, so the figures show the server, not the client. Understands
 * Content-Length and chunked responses; nothing else.
 */
final class RawHttpClient implements AutoCloseable {

  /**
   * One request to send; completes with the status code (or -1 on an I/O error). {@code marks}
   * receives {@link System#nanoTime()} when a connection's thread took it, when it was written and
   * when its answer was read (where the time of a slow request went).
   */
  record Job(byte[] bytes, CompletableFuture<Integer> done, long[] marks) { }

  private final BlockingQueue<Job> queue = new LinkedBlockingQueue<>();
  private final Thread[] workers;
  private final String host;
  private final int port;

  RawHttpClient(URI target, int connections) {
    this.host = target.getHost();
    this.port = target.getPort();
    this.workers = new Thread[connections];
    for (int i = 0; i < connections; i++) {
      workers[i] = new Thread(this::serve, "raw-http-" + i);
      workers[i].setDaemon(true);
      workers[i].start();
    }
  }

  CompletableFuture<Integer> post(String path, String contentType, Map<String, String> headers, String body) {
    return post(path, contentType, headers, body, new long[3]);
  }

  /** Sends a request; {@code marks} (three long) receives its times, as {@link Job} says. */
  CompletableFuture<Integer> post(String path, String contentType, Map<String, String> headers, String body,
      long[] marks) {
    byte[] payload = body.getBytes(StandardCharsets.UTF_8);
    StringBuilder head = new StringBuilder("POST ").append(path).append(" HTTP/1.1\r\nHost: ")
        .append(host).append(':').append(port).append("\r\nContent-Type: ").append(contentType)
        .append("\r\nContent-Length: ").append(payload.length).append("\r\n");
    headers.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
    head.append("\r\n");
    byte[] h = head.toString().getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[h.length + payload.length];
    System.arraycopy(h, 0, all, 0, h.length);
    System.arraycopy(payload, 0, all, h.length, payload.length);
    CompletableFuture<Integer> done = new CompletableFuture<>();
    queue.add(new Job(all, done, marks));
    return done;
  }

  private void serve() {
    Socket socket = null;
    InputStream in = null;
    OutputStream out = null;
    while (!Thread.currentThread().isInterrupted()) {
      Job job;
      try {
        job = queue.take();
      } catch (InterruptedException e) {
        return;
      }
      job.marks()[0] = System.nanoTime();
      try {
        if (socket == null) {
          socket = new Socket(host, port);
          socket.setTcpNoDelay(true);
          in = new BufferedInputStream(socket.getInputStream());
          out = socket.getOutputStream();
        }
        out.write(job.bytes());
        out.flush();
        job.marks()[1] = System.nanoTime();
        int status = readResponse(in);
        job.marks()[2] = System.nanoTime();
        job.done().complete(status);
      } catch (IOException e) {
        job.done().complete(-1);
        closeQuietly(socket);
        socket = null;
      }
    }
  }

  private static int readResponse(InputStream in) throws IOException {
    String status = line(in);
    int code = Integer.parseInt(status.split(" ")[1]);
    long length = -1;
    boolean chunked = false;
    for (String l = line(in); !l.isEmpty(); l = line(in)) {
      String lower = l.toLowerCase();
      if (lower.startsWith("content-length:")) {
        length = Long.parseLong(l.substring(15).trim());
      } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
        chunked = true;
      }
    }
    if (chunked) {
      for (long size = Long.parseLong(line(in).trim(), 16); size > 0; size = Long.parseLong(line(in).trim(), 16)) {
        skip(in, size);
        line(in);
      }
      line(in);
    } else if (length > 0) {
      skip(in, length);
    }
    return code;
  }

  private static String line(InputStream in) throws IOException {
    StringBuilder sb = new StringBuilder();
    for (int c = in.read(); c != '\n'; c = in.read()) {
      if (c < 0) {
        throw new IOException("connection closed");
      }
      if (c != '\r') {
        sb.append((char) c);
      }
    }
    return sb.toString();
  }

  private static void skip(InputStream in, long n) throws IOException {
    for (long left = n; left > 0; ) {
      long skipped = in.skip(left);
      if (skipped <= 0) {
        if (in.read() < 0) {
          throw new IOException("connection closed");
        }
        skipped = 1;
      }
      left -= skipped;
    }
  }

  private static void closeQuietly(Socket s) {
    try {
      if (s != null) {
        s.close();
      }
    } catch (IOException ignored) {
      // The connection is being replaced anyway.
    }
  }

  @Override
  public void close() {
    for (Thread t : workers) {
      t.interrupt();
    }
  }
}
