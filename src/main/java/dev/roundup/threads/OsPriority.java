package dev.roundup.threads;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lowers the calling thread's scheduling priority at the OS level, without native code. On Linux a
 * nice value belongs to each thread: the thread finds its own id in {@code /proc/thread-self} and
 * has {@code renice} set it (lowering needs no privilege; one short process per pool thread, once).
 * Java's own thread priorities do not reach Linux unless the JVM runs with
 * {@code -XX:ThreadPriorityPolicy=1}, and then only down to nice 4 (Java's lowest priority).
 * Where this cannot be done (not Linux, no {@code renice}) the work runs at normal priority, which
 * is logged once.
 */
final class OsPriority {

  private static final Logger log = LoggerFactory.getLogger(OsPriority.class);
  private static final Path THREAD_SELF = Path.of("/proc/thread-self");
  private static final AtomicBoolean warned = new AtomicBoolean();

  private OsPriority() {}

  /** Sets the calling thread's nice value to {@code nice} (0 normal … 19 lowest); never throws. */
  static void lowerCurrentThread(int nice) {
    try {
      OptionalInt tid = currentThreadId();
      if (tid.isEmpty()) {
        cannot(nice, "this system has no /proc/thread-self");
        return;
      }
      // The absolute form ("renice N -p ID", no -n): util-linux reads -n as absolute in some
      // versions and as an increment in others, busybox as an increment.
      Process renice = new ProcessBuilder("renice", Integer.toString(nice), "-p", Integer.toString(tid.getAsInt()))
          .redirectErrorStream(true).start();
      String output = new String(renice.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
      if (!renice.waitFor(10, TimeUnit.SECONDS) || renice.exitValue() != 0) {
        // Also when the thread inherited a lower priority than asked (it was started by a work
        // thread) and raising it needs a privilege it lacks: it stays lower, behind the acks.
        cannot(nice, "renice answered: " + output);
      }
    } catch (IOException e) {
      cannot(nice, "renice could not be run (" + e.getMessage() + ")");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The calling thread's nice value as the OS reports it, when it does (Linux). */
  static OptionalInt currentNice() {
    try {
      // /proc/thread-self/stat: "tid (name) state …"; the name may hold spaces and parentheses,
      // so fields are counted from the last ')'. Nice is field 19, the 17th after the name.
      String stat = Files.readString(THREAD_SELF.resolve("stat"), StandardCharsets.UTF_8);
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
      return OptionalInt.of(Integer.parseInt(fields[16]));
    } catch (IOException | RuntimeException e) {
      return OptionalInt.empty();
    }
  }

  /** The calling thread's id for the OS ("PID/task/TID" is what /proc/thread-self points to). */
  static OptionalInt currentThreadId() {
    try {
      Path target = Files.readSymbolicLink(THREAD_SELF);
      return OptionalInt.of(Integer.parseInt(target.getFileName().toString()));
    } catch (IOException | RuntimeException e) {
      return OptionalInt.empty();
    }
  }

  private static void cannot(int nice, String why) {
    if (warned.compareAndSet(false, true)) {
      log.info("Work threads run at normal OS priority, beside the acknowledgements (nice {} was "
          + "asked for {}): {}. Where renice is missing, -XX:ThreadPriorityPolicy=1 still lowers them "
          + "to nice 4.", nice, Thread.currentThread().getName(), why);
    }
  }
}
