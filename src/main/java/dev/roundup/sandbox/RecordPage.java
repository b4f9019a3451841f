package dev.roundup.sandbox;

import java.util.List;

/**
 * A run of records and the number of its first one, counted from the first record the emulator
 * ever kept; {@link #next()} is where the following page starts, {@code end} the number the next
 * record to arrive will get.
 */
public record RecordPage<T>(long first, List<T> records, long end) {

  public RecordPage {
    records = List.copyOf(records);
  }

  public long next() {
    return first + records.size();
  }

  /** Whether records after this page are already kept. */
  public boolean more() {
    return next() < end;
  }
}
