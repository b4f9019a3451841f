package dev.roundup.install;

import java.time.Instant;

/** Trades a refresh token for a new token pair (Slack's oauth.v2.access with grant_type=refresh_token). */
@FunctionalInterface
public interface TokenRefresh {

  /**
   * @throws RefreshFailed when Slack refuses (the refresh token was revoked, the app's credentials
   *                       are wrong) or cannot be reached
   */
  Refreshed refresh(String refreshToken);

  /** A new access token, the refresh token to use next time, and when the access token expires. */
  record Refreshed(String accessToken, String refreshToken, Instant expiresAt) {}

  /** Slack did not refresh the token; the message names Slack's error. */
  final class RefreshFailed extends RuntimeException {
    public RefreshFailed(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
