package dev.roundup.app;

import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.response.Response;
import dev.roundup.store.Workspace;

/**
 * Runs every listener for the workspace the request came from (the team id Bolt reads from the
 * event envelope, the command or the interaction payload), so what it reads and posts, and the
 * work it hands to the work queue, is that workspace's.
 */
final class RequestWorkspace implements Middleware {

  @Override
  public Response apply(Request req, Response resp, MiddlewareChain chain) throws Exception {
    return Workspace.call(req.getContext().getTeamId(), () -> chain.next(req));
  }
}
