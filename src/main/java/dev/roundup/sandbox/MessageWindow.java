package dev.roundup.sandbox;

/**
 * The {@code oldest}/{@code latest}/{@code inclusive} filter of conversations.history and
 * conversations.replies. Bounds are exclusive unless {@code inclusive} is set, as in Slack.
 */
record MessageWindow(long oldestMicros, long latestMicros, boolean inclusive) {

  static MessageWindow of(ApiRequest request) {
    return new MessageWindow(micros(request, "oldest", Long.MIN_VALUE),
        micros(request, "latest", Long.MAX_VALUE), request.flag("inclusive"));
  }

  boolean contains(String ts) {
    long micros = TsGenerator.toMicros(ts);
    if (inclusive) {
      return micros >= oldestMicros && micros <= latestMicros;
    }
    return micros > oldestMicros && micros < latestMicros;
  }

  private static long micros(ApiRequest request, String name, long absent) {
    String value = request.optional(name);
    if (value == null) {
      return absent;
    }
    try {
      long micros = TsGenerator.toMicros(value.trim());
      // Slack reads oldest=0 as "from the beginning".
      return micros == 0 && absent == Long.MIN_VALUE ? Long.MIN_VALUE : micros;
    } catch (NumberFormatException e) {
      throw new SlackError("invalid_ts_" + name);
    }
  }
}
