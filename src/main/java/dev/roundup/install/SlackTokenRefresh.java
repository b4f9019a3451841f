package dev.roundup.install;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.oauth.OAuthV2AccessResponse;
import java.io.IOException;
import java.time.Clock;

/**
 * {@link TokenRefresh} over Slack's {@code oauth.v2.access} with {@code grant_type=refresh_token},
 * authenticated with the app's client id and secret, through the configured Web API URL (so tests
 * and the sandbox point it at the emulator).
 */
public final class SlackTokenRefresh implements TokenRefresh {

  private final MethodsClient methods;
  private final String clientId;
  private final String clientSecret;
  private final Clock clock;

  public SlackTokenRefresh(MethodsClient methods, String clientId, String clientSecret, Clock clock) {
    this.methods = methods;
    this.clientId = clientId;
    this.clientSecret = clientSecret;
    this.clock = clock;
  }

  @Override
  public Refreshed refresh(String refreshToken) {
    OAuthV2AccessResponse answer;
    try {
      answer = methods.oauthV2Access(r -> r.clientId(clientId).clientSecret(clientSecret)
          .grantType("refresh_token").refreshToken(refreshToken));
    } catch (IOException | SlackApiException e) {
      throw new RefreshFailed("Slack could not be asked to refresh a token: " + e.getMessage(), e);
    }
    if (!answer.isOk()) {
      throw new RefreshFailed("Slack refused to refresh a token (" + answer.getError() + ")", null);
    }
    if (answer.getExpiresIn() == null) {
      throw new RefreshFailed("Slack refreshed a token without saying when it expires", null);
    }
    return new Refreshed(answer.getAccessToken(), answer.getRefreshToken(),
        clock.instant().plusSeconds(answer.getExpiresIn()));
  }
}
