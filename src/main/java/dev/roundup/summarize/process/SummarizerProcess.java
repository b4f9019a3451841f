package dev.roundup.summarize.process;

import dev.roundup.summarize.Conversation;
import dev.roundup.summarize.Summarizer;
import dev.roundup.summarize.Summary;
import dev.roundup.summarize.SummaryOptions;
import dev.roundup.threads.WorkThreads;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The built-in summarizer, run in a child process ({@link SummarizerWorker}) that this class
 * starts, feeds and stops. Any number of threads may summarize at once; each waits for its own
 * reply. Whenever the child cannot answer — it could not be started, it died, it answered with a
 * failure, it took longer than {@link Settings#timeout()} — the summary is made here, in the
 * server's process, by the same summarizer: the reader gets the same summary either way, only
 * later. A child that died is started again on the next summary, at most once per
 * {@link #RESTART_GAP}.
 */
public final class SummarizerProcess implements Summarizer, AutoCloseable {

  /**
   * @param enabled    summaries are made in a child process ({@code serve}'s default); otherwise
   *                   in the server's own
   * @param jvmOptions the child's JVM options (its heap, its collector)
   * @param nice       the child's OS priority as a nice value, 0 normal … 19 lowest; 0 for none
   * @param timeout    how long a summary may wait for the child before it is made here
   */
  public record Settings(boolean enabled, List<String> jvmOptions, int nice, Duration timeout) {

    /**
     * A heap that holds a 10,000-message channel's summary several times over, and the serial
     * collector: one GC thread, not one per core beside the server's.
     */
    public static final List<String> DEFAULT_JVM_OPTIONS = List.of("-Xmx512m", "-XX:+UseSerialGC");

    /** Behind the server's threads when both want a core; the child still gets about a ninth. */
    public static final int DEFAULT_NICE = 10;

    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(2);

    public Settings {
      jvmOptions = List.copyOf(jvmOptions);
    }

    /** A child process at the defaults. */
    public static Settings defaults() {
      return new Settings(true, DEFAULT_JVM_OPTIONS, DEFAULT_NICE, DEFAULT_TIMEOUT);
    }

    /** Summaries made in the server's process. */
    public static Settings off() {
      return new Settings(false, DEFAULT_JVM_OPTIONS, DEFAULT_NICE, DEFAULT_TIMEOUT);
    }
  }

  /** The shortest time between two starts of the child, so a child that cannot run is not restarted in a loop. */
  static final Duration RESTART_GAP = Duration.ofSeconds(30);

  private static final Logger log = LoggerFactory.getLogger(SummarizerProcess.class);

  private final Summarizer here;
  private final Settings settings;
  private final int threads;
  private final Duration restartGap;
  private final ThreadFactory readers =
      WorkThreads.of("roundup-summarizer-replies-", WorkThreads.Priority.BEHIND_ACKS);
  private final AtomicLong ids = new AtomicLong();
  private final AtomicLong madeHere = new AtomicLong();
  private final AtomicLong started = new AtomicLong();
  private final Object lock = new Object();
  private Child child;
  private long nextStart = System.nanoTime();
  private boolean closed;

  /**
   * Starts the child at once, so its JVM is up before the first summary.
   *
   * @param here    the summarizer the child runs, used here when the child cannot answer
   * @param threads how many summaries the child makes at once
   */
  public SummarizerProcess(Summarizer here, Settings settings, int threads) {
    this(here, settings, threads, RESTART_GAP);
  }

  /** With another gap between starts (tests). */
  SummarizerProcess(Summarizer here, Settings settings, int threads, Duration restartGap) {
    this.here = here;
    this.settings = settings;
    this.threads = threads;
    this.restartGap = restartGap;
    synchronized (lock) {
      child = start();
    }
  }

  @Override
  public Summary summarize(Conversation conversation, SummaryOptions options) {
    Child current = current();
    Optional<Summary> made = current == null ? Optional.empty()
        : current.summarize(conversation, options);
    if (made.isPresent()) {
      return made.get();
    }
    madeHere.incrementAndGet();
    return here.summarize(conversation, options);
  }

  /** Summaries the child could not make, made in this process instead (for {@code /metrics}). */
  public long madeHere() {
    return madeHere.get();
  }

  /** Times a child was started (for {@code /metrics}: more than one means it was restarted). */
  public long started() {
    return started.get();
  }

  /** The child's process id while it runs (for the benchmarks and the logs). */
  public Optional<Long> childPid() {
    synchronized (lock) {
      return child == null || child.gone ? Optional.empty() : Optional.of(child.process.pid());
    }
  }

  /** Summaries the running child has been asked for and not yet answered (tests). */
  int inFlight() {
    synchronized (lock) {
      return child == null ? 0 : child.waiting.size();
    }
  }

  @Override
  public void close() {
    Child last;
    synchronized (lock) {
      closed = true;
      last = child;
      child = null;
    }
    if (last != null) {
      last.stop();
    }
  }

  private Child current() {
    synchronized (lock) {
      if (closed) {
        return null;
      }
      if (child != null && !child.gone) {
        return child;
      }
      if (System.nanoTime() - nextStart < 0) {
        return null;
      }
      child = start();
      return child;
    }
  }

  private Child start() {
    nextStart = System.nanoTime() + restartGap.toNanos();
    ProcessBuilder builder = new ProcessBuilder(WorkerLaunch.command(settings, threads))
        .redirectError(ProcessBuilder.Redirect.INHERIT);
    WorkerLaunch.withoutSecrets(builder.environment());
    try {
      Child started = new Child(builder.start());
      this.started.incrementAndGet();
      log.info("Summaries are made in a process of their own (pid {})", started.process.pid());
      return started;
    } catch (IOException e) {
      log.warn("The summarizer's process could not be started ({}); summaries are made in the server",
          e.getMessage());
      return null;
    }
  }

  /** One child process and the replies it owes. */
  private final class Child {

    final Process process;
    private final BufferedWriter requests;
    private final Map<Long, CompletableFuture<WorkerWire.Reply>> waiting = new ConcurrentHashMap<>();
    private volatile boolean gone;
    private volatile boolean stopping;

    Child(Process process) {
      this.process = process;
      this.requests = new BufferedWriter(
          new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8), 1 << 16);
      readers.newThread(this::readReplies).start();
    }

    /** The child's summary, or empty when it cannot give one (said in the log). */
    Optional<Summary> summarize(Conversation conversation, SummaryOptions options) {
      long id = ids.incrementAndGet();
      CompletableFuture<WorkerWire.Reply> reply = new CompletableFuture<>();
      waiting.put(id, reply);
      try {
        // Checked once this reply is registered: a child that ended before has already failed
        // every reply it owed, and this one would wait for nothing.
        if (gone) {
          return Optional.empty();
        }
        String line = WorkerWire.write(WorkerWire.Request.of(id, conversation, options));
        synchronized (requests) {
          requests.write(line);
          requests.newLine();
          requests.flush();
        }
        WorkerWire.Reply answer = reply.get(settings.timeout().toMillis(), TimeUnit.MILLISECONDS);
        if (answer.failure() != null) {
          log.warn("The summarizer's process could not summarize ({}); summarizing here", answer.failure());
          return Optional.empty();
        }
        return Optional.of(answer.summary());
      } catch (IOException | ExecutionException e) {
        log.warn("The summarizer's process is gone ({}); summarizing here", e.getMessage());
        return Optional.empty();
      } catch (TimeoutException e) {
        log.warn("The summarizer's process gave no summary in {}; summarizing here", settings.timeout());
        return Optional.empty();
      } catch (InterruptedException e) {
        // As summarizing here would: the interrupt is kept for the caller, the summary still made.
        Thread.currentThread().interrupt();
        return Optional.empty();
      } finally {
        waiting.remove(id);
      }
    }

    private void readReplies() {
      try (BufferedReader lines = new BufferedReader(
          new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8), 1 << 16)) {
        String line;
        while ((line = lines.readLine()) != null) {
          WorkerWire.Reply reply = WorkerWire.reply(line);
          CompletableFuture<WorkerWire.Reply> waiter = waiting.get(reply.id());
          if (waiter != null) {
            waiter.complete(reply);
          }
        }
      } catch (IOException | RuntimeException e) {
        log.warn("Replies from the summarizer's process could not be read", e);
      } finally {
        gone = true;
        IOException ended = new IOException("its output ended");
        waiting.values().forEach(waiter -> waiter.completeExceptionally(ended));
        if (!stopping) {
          log.warn("The summarizer's process ended{}; summaries are made in the server until it is restarted",
              exitCode());
          process.destroyForcibly();
        }
      }
    }

    private String exitCode() {
      try {
        return process.waitFor(1, TimeUnit.SECONDS) ? " (exit " + process.exitValue() + ")" : "";
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return "";
      }
    }

    /** Ends the child's input, lets it finish what it has, then makes sure it is gone. */
    void stop() {
      stopping = true;
      try {
        synchronized (requests) {
          requests.close();
        }
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
          kill();
        }
      } catch (IOException e) {
        kill();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        process.destroyForcibly();
      }
    }

    /**
     * Kills the child and waits until it is gone, so that a closed summarizer leaves no process
     * behind: destroyForcibly only sends the signal, and a child at nice 10 on a busy machine can
     * outlast the graceful wait above. A kill cannot be refused, so this wait is short.
     */
    private void kill() {
      process.destroyForcibly();
      try {
        process.waitFor(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
