package dev.roundup.slack;

import com.slack.api.methods.SlackApiTextResponse;
import java.util.List;
import java.util.Map;

/**
 * A Web API answer read only for what every answer has: ok, error and the rest of Slack's checked
 * fields. The SDK builds a fresh JSON mapper for every answer it parses, so reading a large answer
 * (the whole view {@code views.publish} echoes back, the message {@code chat.postMessage} does)
 * costs more than the call itself when thousands are made at once. Use with {@link SlackApi#post}.
 */
public class SlackAnswer implements SlackApiTextResponse {

  private boolean ok;
  private String warning;
  private String error;
  private String needed;
  private String provided;
  private transient Map<String, List<String>> httpResponseHeaders;

  @Override
  public boolean isOk() {
    return ok;
  }

  @Override
  public void setOk(boolean ok) {
    this.ok = ok;
  }

  @Override
  public String getWarning() {
    return warning;
  }

  @Override
  public void setWarning(String warning) {
    this.warning = warning;
  }

  @Override
  public String getError() {
    return error;
  }

  @Override
  public void setError(String error) {
    this.error = error;
  }

  @Override
  public String getNeeded() {
    return needed;
  }

  @Override
  public void setNeeded(String needed) {
    this.needed = needed;
  }

  @Override
  public String getProvided() {
    return provided;
  }

  @Override
  public void setProvided(String provided) {
    this.provided = provided;
  }

  @Override
  public Map<String, List<String>> getHttpResponseHeaders() {
    return httpResponseHeaders;
  }

  @Override
  public void setHttpResponseHeaders(Map<String, List<String>> headers) {
    this.httpResponseHeaders = headers;
  }
}
