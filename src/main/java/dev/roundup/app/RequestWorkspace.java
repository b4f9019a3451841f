package dev.roundup.app;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.EventRequest;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import dev.roundup.store.Workspace;

/**
 * Runs every listener for the workspace the request came from, so what it reads and posts, and
 * the work it hands to the work queue, is that workspace's. The team is read from the payload
 * itself: Bolt's single-team authorization replaces the context's team id with its own token's,
 * whatever workspace sent the request.
 */
final class RequestWorkspace implements Middleware {

  @Override
  public Response apply(Request req, Response resp, MiddlewareChain chain) throws Exception {
    return Workspace.call(teamOf(req), () -> chain.next(req));
  }

  /** The installation's team an event is delivered for, the command's or the interaction's team. */
  static String teamOf(Request<?> req) {
    if (req instanceof EventRequest event) {
      return eventTeam(event.getRequestBodyAsString(), req.getContext().getTeamId());
    }
    if (req instanceof SlashCommandRequest command) {
      return command.getPayload().getTeamId();
    }
    if (req instanceof BlockActionRequest action && action.getPayload().getTeam() != null) {
      return action.getPayload().getTeam().getId();
    }
    if (req instanceof ViewSubmissionRequest view && view.getPayload().getTeam() != null) {
      return view.getPayload().getTeam().getId();
    }
    return req.getContext().getTeamId();
  }

  private static String eventTeam(String body, String otherwise) {
    try {
      JsonObject envelope = JsonParser.parseString(body).getAsJsonObject();
      JsonElement authorizations = envelope.get("authorizations");
      if (authorizations != null && authorizations.isJsonArray() && !authorizations.getAsJsonArray().isEmpty()) {
        JsonElement team = authorizations.getAsJsonArray().get(0).getAsJsonObject().get("team_id");
        if (team != null && team.isJsonPrimitive()) {
          return team.getAsString();
        }
      }
      JsonElement team = envelope.get("team_id");
      return team != null && team.isJsonPrimitive() ? team.getAsString() : otherwise;
    } catch (RuntimeException e) {
      return otherwise;
    }
  }
}
