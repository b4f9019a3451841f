package dev.roundup.summarize.process;

import dev.roundup.summarize.Conversation;
import dev.roundup.summarize.ExtractiveSummarizer;
import dev.roundup.summarize.Message;
import dev.roundup.summarize.Summarizer;
import dev.roundup.threads.WorkThreads;
import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The summarizer's own process: reads requests from standard input, one per line, summarizes each
 * on a fixed pool and writes each reply as one line to standard output, in the order they finish.
 * It stops when its input ends, which is also what happens when the server that started it dies,
 * however it dies: no summarizer outlives its server.
 */
public final class SummarizerWorker {

  private static final Logger log = LoggerFactory.getLogger(SummarizerWorker.class);

  /**
   * How long work already read may take to finish once the input has ended. Short: a server that
   * stops has waited for its summaries before it ends this input, and one that died cannot take
   * the replies; the pool's threads are daemons, so the process ends when this wait does.
   */
  private static final long FINISH_SECONDS = 5;

  private final Summarizer summarizer;
  private final PrintStream replies;
  private final ExecutorService pool;

  SummarizerWorker(Summarizer summarizer, PrintStream replies, int threads) {
    this.summarizer = summarizer;
    this.replies = replies;
    this.pool = Executors.newFixedThreadPool(threads,
        WorkThreads.of("summarizer-", WorkThreads.Priority.BACKGROUND));
  }

  /** {@code SummarizerWorker THREADS}: started by {@link SummarizerProcess}, not by people. */
  public static void main(String[] args) throws IOException, InterruptedException {
    // Standard output carries replies and nothing else: whatever prints goes to standard error.
    PrintStream replies = new PrintStream(new FileOutputStream(FileDescriptor.out), false,
        StandardCharsets.UTF_8);
    System.setOut(System.err);
    int threads = args.length > 0 ? Integer.parseInt(args[0]) : 1;
    SummarizerWorker worker = new SummarizerWorker(new ExtractiveSummarizer(), replies, threads);
    worker.warmUp();
    worker.serve(new InputStreamReader(System.in, StandardCharsets.UTF_8));
  }

  /** Reads the summarizer's patterns before the first request needs them. */
  void warmUp() {
    summarizer.summarize(Conversation.of(List.of(
        new Message("1700000000.000100", null, "U1", "Shall we ship on Friday?", 1),
        new Message("1700000001.000100", "1700000000.000100", "U2", "Yes, Friday it is. I'll tell the team.", 0))));
  }

  /** Answers every request on {@code input}, then waits for the last ones to finish. */
  void serve(Reader input) throws IOException, InterruptedException {
    try (BufferedReader lines = new BufferedReader(input, 1 << 16)) {
      String line;
      while ((line = lines.readLine()) != null) {
        if (!line.isBlank()) {
          accept(line);
        }
      }
    } finally {
      pool.shutdown();
      if (!pool.awaitTermination(FINISH_SECONDS, TimeUnit.SECONDS)) {
        log.warn("The summarizer's process stops with work unfinished; the server makes those summaries itself");
      }
    }
  }

  private void accept(String line) {
    WorkerWire.Request request;
    try {
      request = WorkerWire.request(line);
    } catch (RuntimeException e) {
      // The server and this process come from one jar; a line that does not parse is a bug, and
      // the server, given no reply, makes that summary itself once it has waited.
      log.error("Unreadable request to the summarizer's process", e);
      return;
    }
    pool.execute(() -> send(answer(request)));
  }

  private WorkerWire.Reply answer(WorkerWire.Request request) {
    try {
      return WorkerWire.Reply.of(request.id(),
          summarizer.summarize(request.conversation(), request.options()));
    } catch (RuntimeException | StackOverflowError e) {
      return WorkerWire.Reply.failed(request.id(), e);
    }
  }

  private void send(WorkerWire.Reply reply) {
    String line = WorkerWire.write(reply);
    synchronized (replies) {
      replies.println(line);
      replies.flush();
    }
  }
}
