package dev.roundup.app;

/** Configuration is missing or invalid; the message is one sentence naming the key. */
public final class ConfigException extends RuntimeException {
  public ConfigException(String message) {
    super(message);
  }
}
