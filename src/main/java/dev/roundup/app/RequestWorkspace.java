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
    Origin origin = originOf(req);
    try {
      directory.record(origin.team(), origin.enterprise());
    } catch (RuntimeException e) {
      // Knowing the org matters to uninstalls and token lookups later; this request goes on.
      log.warn("Could not record workspace {}: {}", origin.team(), e.getMessage());
    }
    return Workspace.call(origin.team(), () -> chain.next(req));
  }

  /** The workspace a request is for, and its Grid org (null outside a Grid). */
  record Origin(String team, String enterprise) {}

  /**
   * The installation's team and org an event is delivered for, or the command's or interaction's;
   * an event's body is read once for both (this runs before every acknowledgement).
   */
  static Origin originOf(Request<?> req) {
    String team = req.getContext().getTeamId();
    String enterprise = req.getContext().getEnterpriseId();
    if (req instanceof EventRequest event) {
      return eventOrigin(event.getRequestBodyAsString(), new Origin(team, enterprise));
    }
    if (req instanceof SlashCommandRequest command) {
      return new Origin(command.getPayload().getTeamId(), command.getPayload().getEnterpriseId());
    }
    if (req instanceof BlockActionRequest action) {
      var p = action.getPayload();
      return new Origin(p.getTeam() != null ? p.getTeam().getId() : team,
          p.getEnterprise() != null ? p.getEnterprise().getId() : enterprise);
    }
    if (req instanceof ViewSubmissionRequest view) {
      var p = view.getPayload();
      return new Origin(p.getTeam() != null ? p.getTeam().getId() : team,
          p.getEnterprise() != null ? p.getEnterprise().getId() : enterprise);
    }
    return new Origin(team, enterprise);
  }

  /**
   * {@code team_id} and {@code enterprise_id} of the installation an event is delivered for, else
   * of the envelope, else {@code otherwise}'s. An org-wide installation's authorization names no team
   * (null): the envelope's team is the workspace the event happened in.
   */
  private static Origin eventOrigin(String body, Origin otherwise) {
    try {
      JsonObject envelope = JsonParser.parseString(body).getAsJsonObject();
      JsonObject authorization = null;
      JsonElement authorizations = envelope.get("authorizations");
      if (authorizations != null && authorizations.isJsonArray() && !authorizations.getAsJsonArray().isEmpty()) {
        authorization = authorizations.getAsJsonArray().get(0).getAsJsonObject();
      }
      return new Origin(field(authorization, envelope, "team_id", otherwise.team()),
          field(authorization, envelope, "enterprise_id", otherwise.enterprise()));
    } catch (RuntimeException e) {
      return otherwise;
    }
  }

  private static String field(JsonObject authorization, JsonObject envelope, String name, String otherwise) {
    JsonElement value = authorization != null ? authorization.get(name) : null;
    if (value != null && value.isJsonPrimitive()) {
      return value.getAsString();
    }
    value = envelope.get(name);
    return value != null && value.isJsonPrimitive() ? value.getAsString() : otherwise;
  }
}
