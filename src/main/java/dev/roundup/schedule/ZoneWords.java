package dev.roundup.schedule;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A time zone named after a time: "every weekday at 9am ET", "tomorrow at 3pm Europe/Berlin",
 * "every friday at 4pm London time", "at 17:00 UTC+2", "at 9 my time". Teams spread over zones
 * write the zone they mean; without it a schedule is in the user's own zone.
 *
 * <p>A zone is read only right after a time (a token with digits, "noon", "midnight", "o'clock"),
 * so a channel or a word elsewhere in a command is never taken for one. What is read:
 * <ul>
 *   <li>the zone database's names ("Europe/Berlin", "America/New_York");
 *   <li>a city of the zone database or a country with one zone, followed by "time" ("New York
 *       time", "India time");
 *   <li>common abbreviations and region words ("PT", "PST", "Pacific", "CET", "JST"). Summer and
 *       winter abbreviations mean the place's local time all year, as people use them: "9am PST" in
 *       July is 9am in Los Angeles, "BST" is UK time. "CST" is US Central and "IST" India, their
 *       most common use; "China time" and "Israel time" name the others;
 *   <li>"UTC" and "GMT" with an optional offset ("UTC+2", "GMT-05:30");
 *   <li>"my time", "local time": the user's own zone, said aloud;
 *   <li>after "in", a city or country as "time" would read it, without "time" ("at 9am in Tokyo").
 * </ul>
 */
final class ZoneWords {

  /** The tokens left for the schedule, and the zone named (null: none, the user's own). */
  record Found(List<Token> rest, ZoneId zone, String problem) {}

  private static final ZoneId UTC = ZoneId.of("UTC");
  private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");
  private static final ZoneId DENVER = ZoneId.of("America/Denver");
  private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  /** Every zone database name, lower-cased. */
  private static final Map<String, ZoneId> IDS = ids();
  private static final Set<String> REGIONS = regions();
  /** Abbreviations and region words, read without "time" after them. */
  private static final Map<String, ZoneId> ABBREVIATIONS = abbreviations();
  /**
   * Countries with one zone and parts of the world, read only with "time" after them ("India
   * time", "East Coast time", "Central European time").
   */
  private static final Map<String, ZoneId> PLACES = places();
  /** The last part of each zone database name, as words ("new york" → America/New_York). */
  private static final Map<String, ZoneId> CITIES = cities();
  /** A time word a zone may follow. */
  private static final Set<String> TIME_WORDS = Set.of("noon", "midnight", "oclock", "am", "pm",
      "midday");
  private static final int LONGEST_PLACE = 4;
  private static final int MAX_OFFSET_HOURS = 14;

  private ZoneWords() {}

  static Found read(List<Token> tokens, String text) {
    List<Token> rest = new ArrayList<>();
    ZoneId named = null;
    boolean ownSaid = false;
    int i = 0;
    while (i < tokens.size()) {
      Optional<Match> match = afterTime(tokens, i) ? match(tokens, i, text) : Optional.empty();
      if (match.isEmpty()) {
        rest.add(tokens.get(i++));
        continue;
      }
      Match m = match.get();
      if (m.zone == null) {
        ownSaid = true;
      } else if (named != null && !named.equals(m.zone)) {
        return new Found(tokens, null, "it names two time zones (" + named.getId() + " and "
            + m.zone.getId() + ")");
      } else {
        named = m.zone;
      }
      i += m.length;
    }
    if (ownSaid && named != null) {
      return new Found(tokens, null, "it says both your own time and " + named.getId());
    }
    return new Found(rest, named, null);
  }

  /** A zone at {@code i}; a null zone is "my time". */
  private record Match(ZoneId zone, int length) {}

  /**
   * A zone named on its own, in any of the ways a schedule may name one ("Europe/Berlin", "ET",
   * "PST", "London", "India", "UTC+5:30"), for settings that take a zone.
   */
  static Optional<ZoneId> named(String text) {
    List<Token> tokens = new ArrayList<>(Tokenizer.tokenize(text == null ? "" : text));
    if (tokens.isEmpty()) {
      return Optional.empty();
    }
    if (!tokens.get(tokens.size() - 1).is("time")) {
      tokens.add(new Token("time", text.length(), text.length())); // "London" reads as "London time"
    }
    int words = tokens.size() - 1;
    return match(tokens, 0, text).filter(m -> m.zone != null && m.length >= words).map(Match::zone);
  }

  /** A zone as a description says it, in words {@link #read} reads back: "America/New_York", "UTC+02:00". */
  static String spoken(ZoneId zone) {
    if (zone instanceof ZoneOffset offset) {
      return offset.equals(ZoneOffset.UTC) ? "UTC" : "UTC" + offset.getId();
    }
    return zone.getId();
  }

  private static boolean afterTime(List<Token> tokens, int i) {
    int before = i - 1;
    if (before >= 1 && tokens.get(before).is("in")) {
      before--;
    }
    if (before < 0) {
      return false;
    }
    String t = tokens.get(before).text();
    return TIME_WORDS.contains(t) || t.chars().anyMatch(Character::isDigit);
  }

  private static Optional<Match> match(List<Token> tokens, int i, String text) {
    Token first = tokens.get(i);
    if (first.is("my", "local") && i + 1 < tokens.size() && tokens.get(i + 1).is("time")) {
      return Optional.of(new Match(null, 2));
    }
    Optional<Match> id = databaseName(tokens, i, text);
    if (id.isPresent()) {
      return id;
    }
    if (first.is("utc", "gmt", "z")) {
      return Optional.of(offset(tokens, i, text).orElse(new Match(UTC, 1)))
          .filter(m -> !first.is("z") || m.length == 1);
    }
    for (int n = Math.min(LONGEST_PLACE, tokens.size() - i - 1); n >= 1; n--) {
      if (tokens.get(i + n).is("time")) {
        String place = words(tokens, i, n);
        ZoneId zone = PLACES.getOrDefault(place, CITIES.getOrDefault(place, ABBREVIATIONS.get(place)));
        if (zone != null) {
          return Optional.of(new Match(zone, n + 1));
        }
      }
    }
    if (i > 0 && tokens.get(i - 1).is("in")) {
      // "at 9am in Tokyo": after "in" a place says the zone without "time" after it
      for (int n = Math.min(LONGEST_PLACE, tokens.size() - i); n >= 1; n--) {
        String place = words(tokens, i, n);
        ZoneId zone = PLACES.getOrDefault(place, CITIES.get(place));
        if (zone != null) {
          return Optional.of(new Match(zone, n));
        }
      }
    }
    ZoneId abbreviation = ABBREVIATIONS.get(first.text());
    return abbreviation == null ? Optional.empty() : Optional.of(new Match(abbreviation, 1));
  }

  /** "Europe/Berlin", "America/Argentina/Buenos_Aires": the longest name the database knows. */
  private static Optional<Match> databaseName(List<Token> tokens, int i, String text) {
    if (!REGIONS.contains(tokens.get(i).text()) || i + 2 >= tokens.size() || !tokens.get(i + 1).is("/")) {
      return Optional.empty();
    }
    Match best = null;
    for (int j = i + 2; j < tokens.size() && j < i + 2 + 2 * LONGEST_PLACE; j++) {
      String typed = text.substring(tokens.get(i).start(), tokens.get(j).end()).toLowerCase(Locale.ROOT);
      ZoneId zone = IDS.get(typed);
      if (zone != null) {
        best = new Match(zone, j - i + 1);
      }
    }
    return Optional.ofNullable(best);
  }

  /** "UTC+2", "GMT -5", "UTC+05:30": the sign is read from the text, where the tokens drop "+". */
  private static Optional<Match> offset(List<Token> tokens, int i, String text) {
    int next = i + 1;
    if (next < tokens.size() && tokens.get(next).is("-")) {
      next++;
    }
    if (next >= tokens.size()) {
      return Optional.empty();
    }
    Token amount = tokens.get(next);
    String between = text.substring(tokens.get(i).end(), amount.start()).strip();
    if (!between.equals("+") && !between.equals("-") || !amount.text().matches("\\d{1,2}(:\\d{2})?")) {
      return Optional.empty();
    }
    String[] parts = amount.text().split(":");
    int hours = Integer.parseInt(parts[0]);
    int minutes = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
    if (hours > MAX_OFFSET_HOURS || minutes >= 60) {
      return Optional.empty();
    }
    int sign = between.equals("-") ? -1 : 1;
    try {
      return Optional.of(new Match(ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes), next - i + 1));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static String words(List<Token> tokens, int from, int count) {
    StringBuilder s = new StringBuilder();
    for (int k = from; k < from + count; k++) {
      s.append(k == from ? "" : " ").append(tokens.get(k).text());
    }
    return s.toString();
  }

  private static Map<String, ZoneId> abbreviations() {
    Map<String, ZoneId> m = new HashMap<>();
    for (String w : List.of("pt", "pst", "pdt", "pacific")) {
      m.put(w, LOS_ANGELES);
    }
    for (String w : List.of("mt", "mst", "mdt", "mountain")) {
      m.put(w, DENVER);
    }
    for (String w : List.of("ct", "cst", "cdt", "central")) {
      m.put(w, CHICAGO);
    }
    for (String w : List.of("et", "est", "edt", "eastern")) {
      m.put(w, NEW_YORK);
    }
    put(m, "America/Anchorage", "akst", "akdt", "alaska");
    put(m, "Pacific/Honolulu", "hst", "hawaii");
    put(m, "America/Halifax", "ast", "adt", "atlantic");
    put(m, "America/Sao_Paulo", "brt");
    put(m, "Europe/London", "bst", "uk");
    put(m, "CET", "cet", "cest");
    put(m, "EET", "eet", "eest");
    put(m, "Europe/Moscow", "msk");
    put(m, "Africa/Johannesburg", "sast");
    put(m, "Asia/Kolkata", "ist");
    put(m, "Asia/Bangkok", "ict");
    put(m, "Asia/Jakarta", "wib");
    put(m, "Asia/Manila", "pht");
    put(m, "Asia/Singapore", "sgt");
    put(m, "Asia/Hong_Kong", "hkt");
    put(m, "Asia/Tokyo", "jst");
    put(m, "Asia/Seoul", "kst");
    put(m, "Australia/Perth", "awst");
    put(m, "Australia/Adelaide", "acst", "acdt");
    put(m, "Australia/Sydney", "aest", "aedt");
    put(m, "Pacific/Auckland", "nzst", "nzdt");
    return Map.copyOf(m);
  }

  private static Map<String, ZoneId> places() {
    Map<String, ZoneId> m = new HashMap<>();
    put(m, "America/New_York", "east coast");
    put(m, "America/Los_Angeles", "west coast");
    put(m, "CET", "central european");
    put(m, "EET", "eastern european");
    put(m, "WET", "western european");
    put(m, "Europe/London", "uk", "britain", "england", "scotland", "wales");
    put(m, "Europe/Dublin", "ireland", "irish");
    put(m, "Europe/Lisbon", "portugal");
    put(m, "Europe/Madrid", "spain");
    put(m, "Europe/Paris", "france");
    put(m, "Europe/Brussels", "belgium");
    put(m, "Europe/Amsterdam", "netherlands", "dutch");
    put(m, "Europe/Berlin", "germany", "german");
    put(m, "Europe/Zurich", "switzerland", "swiss");
    put(m, "Europe/Vienna", "austria");
    put(m, "Europe/Rome", "italy");
    put(m, "Europe/Copenhagen", "denmark");
    put(m, "Europe/Oslo", "norway");
    put(m, "Europe/Stockholm", "sweden");
    put(m, "Europe/Helsinki", "finland");
    put(m, "Europe/Warsaw", "poland");
    put(m, "Europe/Prague", "czechia");
    put(m, "Europe/Athens", "greece");
    put(m, "Europe/Istanbul", "turkey");
    put(m, "Asia/Jerusalem", "israel");
    put(m, "Africa/Cairo", "egypt");
    put(m, "Africa/Lagos", "nigeria");
    put(m, "Africa/Nairobi", "kenya");
    put(m, "Africa/Johannesburg", "south africa");
    put(m, "Asia/Dubai", "uae");
    put(m, "Asia/Karachi", "pakistan");
    put(m, "Asia/Kolkata", "india", "indian");
    put(m, "Asia/Dhaka", "bangladesh");
    put(m, "Asia/Bangkok", "thailand");
    put(m, "Asia/Ho_Chi_Minh", "vietnam");
    put(m, "Asia/Shanghai", "china", "beijing");
    put(m, "Asia/Taipei", "taiwan");
    put(m, "Asia/Manila", "philippines");
    put(m, "Asia/Singapore", "singapore");
    put(m, "Asia/Tokyo", "japan");
    put(m, "Asia/Seoul", "korea", "south korea");
    put(m, "Pacific/Auckland", "new zealand");
    return Map.copyOf(m);
  }

  private static void put(Map<String, ZoneId> m, String id, String... words) {
    ZoneId zone = ZoneId.of(id);
    for (String w : words) {
      m.put(w, zone);
    }
  }

  private static Map<String, ZoneId> ids() {
    Map<String, ZoneId> m = new HashMap<>();
    for (String id : ZoneId.getAvailableZoneIds()) {
      if (id.contains("/")) {
        m.put(id.toLowerCase(Locale.ROOT), ZoneId.of(id));
      }
    }
    return Map.copyOf(m);
  }

  private static Set<String> regions() {
    Set<String> regions = new HashSet<>();
    for (String id : IDS.keySet()) {
      regions.add(id.substring(0, id.indexOf('/')));
    }
    return Set.copyOf(regions);
  }

  /**
   * Cities of the geographic regions (not "Etc/…" or "SystemV/…"); a name two zones share is left
   * out, since it would have to be guessed.
   */
  private static Map<String, ZoneId> cities() {
    Map<String, ZoneId> m = new HashMap<>();
    Set<String> shared = new HashSet<>();
    Set<String> geographic = Set.of("africa", "america", "antarctica", "asia", "atlantic",
        "australia", "europe", "indian", "pacific");
    for (Map.Entry<String, ZoneId> e : IDS.entrySet()) {
      String id = e.getKey();
      if (!geographic.contains(id.substring(0, id.indexOf('/')))) {
        continue;
      }
      String city = id.substring(id.lastIndexOf('/') + 1).replace('_', ' ').replace('-', ' ');
      ZoneId before = m.put(city, e.getValue());
      if (before != null && !before.normalized().equals(e.getValue().normalized())
          && !before.getRules().equals(e.getValue().getRules())) {
        shared.add(city);
      }
    }
    shared.forEach(m::remove);
    return Map.copyOf(m);
  }
}
