package dev.roundup.sandbox;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.IntSupplier;

/**
 * One kind of record, oldest first, appended in constant time. When a limit is set only the
 * newest records up to it are kept: a sandbox left open for days, or a benchmark's tens of
 * thousands of calls (each holding its whole answer), would otherwise fill the heap. Records are
 * numbered from the first ever added, so a reader paging through them ({@link #from}) sees where
 * older ones were let go rather than having the numbers shift under it.
 */
final class RecordLog<T> {

  private final Deque<T> records = new ArrayDeque<>();
  private final IntSupplier limit;
  /** How many records were let go; the oldest kept record's number. */
  private long dropped;

  RecordLog(IntSupplier limit) {
    this.limit = limit;
  }

  synchronized void add(T record) {
    records.addLast(record);
    // A loop, not one removal: the limit may have been set below what was already kept.
    while (records.size() > limit.getAsInt()) {
      records.removeFirst();
      dropped++;
    }
  }

  /** A copy, oldest first. */
  synchronized List<T> list() {
    return List.copyOf(records);
  }

  /**
   * At most {@code max} records from number {@code from} on; when records before {@code from}'s
   * turn were already let go, the page starts at the oldest kept one.
   */
  synchronized RecordPage<T> from(long from, int max) {
    long first = Math.max(from, dropped);
    List<T> page = new ArrayList<>(Math.min(max, records.size()));
    long n = dropped;
    for (T record : records) {
      if (page.size() == max) {
        break;
      }
      if (n++ >= first) {
        page.add(record);
      }
    }
    long end = dropped + records.size();
    return new RecordPage<>(Math.min(first, end), page, end);
  }
}
