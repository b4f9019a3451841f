package dev.roundup.sandbox;

import java.util.List;

/**
 * Everything the app did against the emulator, in arrival order, for tests to assert on. Each
 * record is appended in constant time and read as a copy ({@link SlackEmulator#calls()}): a
 * copy-on-write list copied the whole log on every call recorded, which made a long run (the
 * sandbox left open, a benchmark's tens of thousands of calls) quadratic in its number of calls.
 * Tests keep every record; a long-lived emulator keeps the newest ({@link #keepAtMost}).
 */
final class Recorder {

  /** How many records of each kind are kept: all of them unless {@link #keepAtMost} says less. */
  private volatile int limit = Integer.MAX_VALUE;

  final RecordLog<ApiCall> calls = new RecordLog<>(() -> limit);
  final RecordLog<ResponseUrlPost> responseUrlPosts = new RecordLog<>(() -> limit);
  final RecordLog<Ephemeral> ephemerals = new RecordLog<>(() -> limit);
  final RecordLog<PublishedView> publishedViews = new RecordLog<>(() -> limit);
  final RecordLog<OpenedView> openedViews = new RecordLog<>(() -> limit);
  final RecordLog<SocketEnvelope> socketEnvelopes = new RecordLog<>(() -> limit);
  final RecordLog<SocketAck> socketAcks = new RecordLog<>(() -> limit);

  /** From now on each kind keeps only its newest {@code max} records. */
  void keepAtMost(int max) {
    if (max < 1) {
      throw new IllegalArgumentException("keep at least one record, not " + max);
    }
    limit = max;
  }

  List<ApiCall> calls(String method) {
    return calls.list().stream().filter(call -> call.method().equals(method)).toList();
  }
}
