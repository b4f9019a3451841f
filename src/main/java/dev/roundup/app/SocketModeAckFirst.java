package dev.roundup.app;

import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.response.Response;
import dev.roundup.slack.AckFirst;

/**
 * In Socket Mode, marks each request's ack as sent when the listeners return: the SDK then sends
 * it over the socket on the same thread, and this is the last moment Roundup sees. (Over HTTP the
 * endpoint marks it itself, after the ack is flushed.)
 */
final class SocketModeAckFirst implements Middleware {

  @Override
  public Response apply(Request req, Response resp, MiddlewareChain chain) throws Exception {
    AckFirst ack = AckFirst.begin();
    try {
      return chain.next(req);
    } finally {
      ack.sent();
    }
  }
}
