package dev.roundup.sandbox;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Everything the app did against the emulator, in arrival order, for tests to assert on. Each
 * record is appended in constant time and read as a copy ({@link SlackEmulator#calls()}): a
 * copy-on-write list copied the whole log on every call recorded, which made a long run (the
 * sandbox left open, a benchmark's tens of thousands of calls) quadratic in its number of calls.
 */
final class Recorder {

  final Queue<ApiCall> calls = new ConcurrentLinkedQueue<>();
  final Queue<ResponseUrlPost> responseUrlPosts = new ConcurrentLinkedQueue<>();
  final Queue<Ephemeral> ephemerals = new ConcurrentLinkedQueue<>();
  final Queue<PublishedView> publishedViews = new ConcurrentLinkedQueue<>();
  final Queue<OpenedView> openedViews = new ConcurrentLinkedQueue<>();
  final Queue<SocketEnvelope> socketEnvelopes = new ConcurrentLinkedQueue<>();
  final Queue<SocketAck> socketAcks = new ConcurrentLinkedQueue<>();

  List<ApiCall> calls(String method) {
    return calls.stream().filter(call -> call.method().equals(method)).toList();
  }
}
