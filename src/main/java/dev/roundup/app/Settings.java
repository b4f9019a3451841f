package dev.roundup.app;

import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Raw key lookup over the properties file with environment overrides. A key
 * {@code roundup.db.url} is overridden by the environment variable {@code ROUNDUP_DB_URL}; a few
 * keys also accept Slack's conventional names ({@code SLACK_BOT_TOKEN} and friends). Typed getters
 * fail with one sentence that names the key and what was wrong.
 */
final class Settings {

  private static final Map<String, String> ALIASES = Map.of(
      "roundup.slack.bot-token", "SLACK_BOT_TOKEN",
      "roundup.slack.signing-secret", "SLACK_SIGNING_SECRET",
      "roundup.slack.app-token", "SLACK_APP_TOKEN",
      "roundup.server.port", "PORT",
      "roundup.slack.client-id", "SLACK_CLIENT_ID",
      "roundup.slack.client-secret", "SLACK_CLIENT_SECRET",
      "roundup.slack.redirect-uri", "SLACK_REDIRECT_URI");

  private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)");

  private final Properties file;
  private final Map<String, String> env;

  Settings(Properties file, Map<String, String> env) {
    this.file = file;
    this.env = env;
  }

  static String envName(String key) {
    return key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
  }

  /** The value from the environment (canonical name, then alias), else the file; blank is absent. */
  Optional<String> find(String key) {
    String value = env.get(envName(key));
    if (isBlank(value) && ALIASES.containsKey(key)) {
      value = env.get(ALIASES.get(key));
    }
    if (isBlank(value)) {
      value = file.getProperty(key);
    }
    return isBlank(value) ? Optional.empty() : Optional.of(value.trim());
  }

  String string(String key, String defaultValue) {
    return find(key).orElse(defaultValue);
  }

  String required(String key, String what) {
    return find(key).orElseThrow(() -> new ConfigException(
        "Missing " + describe(key) + ": set it to " + what + "."));
  }

  int integer(String key, int defaultValue, int min, int max) {
    Optional<String> raw = find(key);
    if (raw.isEmpty()) {
      return defaultValue;
    }
    try {
      int value = Integer.parseInt(raw.get());
      if (value < min || value > max) {
        throw new NumberFormatException();
      }
      return value;
    } catch (NumberFormatException e) {
      throw new ConfigException("Invalid " + describe(key) + ": expected a whole number from "
          + min + " to " + max + ", got '" + raw.get() + "'.");
    }
  }

  double decimal(String key, double defaultValue, double min, double max) {
    Optional<String> raw = find(key);
    if (raw.isEmpty()) {
      return defaultValue;
    }
    try {
      double value = Double.parseDouble(raw.get());
      if (value < min || value > max) {
        throw new NumberFormatException();
      }
      return value;
    } catch (NumberFormatException e) {
      throw new ConfigException("Invalid " + describe(key) + ": expected a number from "
          + min + " to " + max + ", got '" + raw.get() + "'.");
    }
  }

  Duration duration(String key, Duration defaultValue) {
    Optional<String> raw = find(key);
    if (raw.isEmpty()) {
      return defaultValue;
    }
    Matcher m = DURATION.matcher(raw.get().toLowerCase(Locale.ROOT));
    if (!m.matches() || Long.parseLong(m.group(1)) == 0) {
      throw new ConfigException("Invalid " + describe(key)
          + ": expected a positive duration such as 500ms, 30s, 5m, 24h or 35d, got '" + raw.get() + "'.");
    }
    long n = Long.parseLong(m.group(1));
    return switch (m.group(2)) {
      case "ms" -> Duration.ofMillis(n);
      case "s" -> Duration.ofSeconds(n);
      case "m" -> Duration.ofMinutes(n);
      case "h" -> Duration.ofHours(n);
      default -> Duration.ofDays(n);
    };
  }

  /** A time of day, "06:00" or "6:30". */
  LocalTime time(String key, LocalTime defaultValue) {
    Optional<String> raw = find(key);
    if (raw.isEmpty()) {
      return defaultValue;
    }
    try {
      return LocalTime.parse(raw.get().length() == 4 ? "0" + raw.get() : raw.get());
    } catch (DateTimeParseException e) {
      throw new ConfigException("Invalid " + describe(key) + ": expected a time of day such as 06:00, got '"
          + raw.get() + "'.");
    }
  }

  String oneOf(String key, String defaultValue, String... allowed) {
    String value = string(key, defaultValue).toLowerCase(Locale.ROOT);
    for (String a : allowed) {
      if (a.equals(value)) {
        return value;
      }
    }
    throw new ConfigException("Invalid " + describe(key) + ": expected one of "
        + String.join(", ", allowed) + ", got '" + value + "'.");
  }

  /** "roundup.db.url (environment ROUNDUP_DB_URL)" — how to name a key to a person. */
  static String describe(String key) {
    String alias = ALIASES.get(key);
    return key + " (environment " + (alias != null ? alias : envName(key)) + ")";
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }
}
