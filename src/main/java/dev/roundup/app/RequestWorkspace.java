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
import dev.roundup.store.WorkspaceDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs every listener for the workspace the request came from, so what it reads and posts, and
 * the work it hands to the work queue, is that workspace's. The team is read from the payload
 * itself: Bolt's single-team authorization replaces the context's team id with its own token's,
 * whatever workspace sent the request. The workspace and its Enterprise Grid org (when the payload
 * names one) are recorded in the {@link WorkspaceDirectory}, which writes only what it did not know.
 */
final class RequestWorkspace implements Middleware {

  private static final Logger log = LoggerFactory.getLogger(RequestWorkspace.class);

  private final WorkspaceDirectory directory;

  RequestWorkspace(WorkspaceDirectory directory) {
    this.directory = directory;
  }

  @Override
  public Response apply(Request req, Response resp, MiddlewareChain chain) throws Exception {
    String team = teamOf(req);
    try {
      directory.record(team, enterpriseOf(req));
    } catch (RuntimeException e) {
      // Knowing the org matters to uninstalls and token lookups later; this request goes on.
      log.warn("Could not record workspace {}: {}", team, e.getMessage());
    }
    return Workspace.call(team, () -> chain.next(req));
  }

  /** The Grid org a request names (the event's, command's or interaction's), or null outside a Grid. */
  static String enterpriseOf(Request<?> req) {
    if (req instanceof EventRequest event) {
      return eventField(event.getRequestBodyAsString(), "enterprise_id", req.getContext().getEnterpriseId());
    }
    if (req instanceof SlashCommandRequest command) {
      return command.getPayload().getEnterpriseId();
    }
    if (req instanceof BlockActionRequest action && action.getPayload().getEnterprise() != null) {
      return action.getPayload().getEnterprise().getId();
    }
    if (req instanceof ViewSubmissionRequest view && view.getPayload().getEnterprise() != null) {
      return view.getPayload().getEnterprise().getId();
    }
    return req.getContext().getEnterpriseId();
  }

  /** The installation's team an event is delivered for, the command's or the interaction's team. */
  static String teamOf(Request<?> req) {
    if (req instanceof EventRequest event) {
      return eventField(event.getRequestBodyAsString(), "team_id", req.getContext().getTeamId());
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

  /**
   * {@code field} ({@code team_id} or {@code enterprise_id}) of the installation an event is
   * delivered for, else of the envelope. An org-wide installation's authorization names no team
   * (null): the envelope's team is the workspace the event happened in.
   */
  private static String eventField(String body, String field, String otherwise) {
    try {
      JsonObject envelope = JsonParser.parseString(body).getAsJsonObject();
      JsonElement authorizations = envelope.get("authorizations");
      if (authorizations != null && authorizations.isJsonArray() && !authorizations.getAsJsonArray().isEmpty()) {
        JsonElement value = authorizations.getAsJsonArray().get(0).getAsJsonObject().get(field);
        if (value != null && value.isJsonPrimitive()) {
          return value.getAsString();
        }
      }
      JsonElement value = envelope.get(field);
      return value != null && value.isJsonPrimitive() ? value.getAsString() : otherwise;
    } catch (RuntimeException e) {
      return otherwise;
    }
  }
}
