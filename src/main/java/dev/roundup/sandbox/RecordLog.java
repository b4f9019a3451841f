package dev.roundup.sandbox;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;
import java.util.stream.Stream;

/**
 * One kind of record, oldest first, appended in constant time. When a limit is set only the
 * newest records up to it are kept: a sandbox left open for days, or a benchmark's tens of
 * thousands of calls (each holding its whole answer), would otherwise fill the heap.
 */
final class RecordLog<T> {

  private final Queue<T> records = new ConcurrentLinkedQueue<>();
  // ConcurrentLinkedQueue.size() walks the queue; the count is kept beside it.
  private final AtomicInteger size = new AtomicInteger();
  private final IntSupplier limit;

  RecordLog(IntSupplier limit) {
    this.limit = limit;
  }

  void add(T record) {
    records.add(record);
    size.incrementAndGet();
    // A loop, not one removal: the limit may have been set below what was already kept.
    while (size.get() > limit.getAsInt() && records.poll() != null) {
      size.decrementAndGet();
    }
  }

  /** A copy, oldest first. */
  List<T> list() {
    return List.copyOf(records);
  }

  Stream<T> stream() {
    return records.stream();
  }
}
