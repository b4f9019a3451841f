package dev.roundup.sandbox;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Everything the app did against the emulator, in arrival order, for tests to assert on. */
final class Recorder {

  final List<ApiCall> calls = new CopyOnWriteArrayList<>();
  final List<ResponseUrlPost> responseUrlPosts = new CopyOnWriteArrayList<>();
  final List<Ephemeral> ephemerals = new CopyOnWriteArrayList<>();
  final List<PublishedView> publishedViews = new CopyOnWriteArrayList<>();
  final List<OpenedView> openedViews = new CopyOnWriteArrayList<>();
  final List<SocketEnvelope> socketEnvelopes = new CopyOnWriteArrayList<>();
  final List<SocketAck> socketAcks = new CopyOnWriteArrayList<>();

  List<ApiCall> calls(String method) {
    return calls.stream().filter(call -> call.method().equals(method)).toList();
  }
}
