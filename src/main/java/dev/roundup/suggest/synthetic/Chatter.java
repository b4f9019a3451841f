package dev.roundup.suggest.synthetic;

import java.util.List;
import java.util.Random;

/**
 * The words of a generated workspace: everyday work chatter made from templates and a vocabulary
 * large enough that two random messages rarely share most of their words, small talk, standup
 * updates, and the reminders people post by hand (with the ways they reword them).
 */
final class Chatter {

  private static final List<String> NOUNS = List.of("deploy", "pipeline", "dashboard", "invoice",
      "migration", "login", "billing", "cache", "schema", "roadmap", "budget", "contract", "onboarding",
      "release", "backlog", "sprint", "mockup", "prototype", "survey", "campaign", "newsletter", "API",
      "webhook", "cluster", "database", "index", "query", "report", "ticket", "incident", "postmortem",
      "runbook", "alert", "latency", "timeout", "retry", "queue", "worker", "cron", "export", "import",
      "pricing", "checkout", "cart", "search", "filter", "sidebar", "modal", "font", "palette", "icon",
      "logo", "banner", "copy", "translation", "locale", "audit", "policy", "vendor", "laptop", "VPN",
      "certificate", "domain", "DNS", "proxy", "gateway", "token", "session", "cookie", "analytics",
      "funnel", "cohort", "churn", "renewal", "forecast", "quota", "lead", "demo", "trial", "feedback");
  private static final List<String> VERBS = List.of("broke", "shipped", "flaked", "improved", "regressed",
      "stalled", "passed", "failed", "timed out", "recovered", "slowed down", "spiked", "changed",
      "landed", "moved", "doubled", "dropped", "cleared", "paged", "blocked");
  private static final List<String> ADJECTIVES = List.of("new", "old", "flaky", "slow", "faster",
      "cleaner", "shared", "staging", "production", "mobile", "legacy", "internal", "quarterly",
      "weekly", "draft", "final", "urgent", "minor", "big", "tricky", "odd", "stable");
  private static final List<String> DAYS = List.of("Monday", "Tuesday", "Wednesday", "Thursday",
      "Friday", "the weekend", "the demo", "the offsite", "launch", "the review");
  private static final List<String> TEMPLATES = List.of(
      "I think the {n} {v} after the {n} change",
      "Can someone look at the {a} {n} in {n}?",
      "We {v} the {n} yesterday, {a} results so far",
      "Pushed a fix for the {n} {n}, please take a look",
      "Anyone seen the {n} {v} on {a} {n}?",
      "The {a} {n} needs a review before {d}",
      "Moving the {n} work to {d}, the {n} is {a}",
      "Looks like the {n} {v} again, checking the {n}",
      "Notes from the {n} sync: {n}, {n} and {n}",
      "Question about the {n}: should the {a} {n} go first?",
      "Heads down on the {n} until {d}",
      "FYI the {a} {n} {v} and the {n} is next",
      "Draft of the {n} doc is up, comments on the {n} welcome",
      "{N} numbers for {d}: the {n} {v}",
      "Pairing on the {n} {n} this afternoon if anyone wants to join");
  private static final List<String> SMALL_TALK = List.of("thanks!", "lgtm", "+1", "sounds good",
      "thank you!", "ok", "nice", "great, thanks", "back from lunch", "brb", ":tada:", "haha", "sure",
      "agreed", "done");

  private final Random random;

  Chatter(Random random) {
    this.random = random;
  }

  /** A message about work, different every time. */
  String sentence() {
    String template = pick(TEMPLATES);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < template.length(); i++) {
      char c = template.charAt(i);
      if (c == '{' && i + 2 < template.length() && template.charAt(i + 2) == '}') {
        out.append(switch (template.charAt(i + 1)) {
          case 'n' -> pick(NOUNS);
          case 'N' -> capitalize(pick(NOUNS));
          case 'v' -> pick(VERBS);
          case 'a' -> pick(ADJECTIVES);
          default -> pick(DAYS);
        });
        i += 2;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  String smallTalk() {
    return pick(SMALL_TALK);
  }

  /** A standup update: the same headings every day, different news. */
  String standup() {
    return "Yesterday: " + lower(sentence()) + ". Today: " + lower(sentence()) + ". Blockers: "
        + (random.nextInt(3) == 0 ? lower(sentence()) : "none");
  }

  String greeting() {
    return pick(List.of("Good morning team!", "Morning all :sunny:", "Good morning everyone",
        "morning!", "Hi all, good morning"));
  }

  <T> T pick(List<T> items) {
    return items.get(random.nextInt(items.size()));
  }

  private static String capitalize(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static String lower(String s) {
    return Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }

  /**
   * Reminders people post by hand. Each has its usual wording first and, for people who reword
   * it, the other ways they say it.
   */
  static final List<List<String>> REMINDERS = List.of(
      List.of("Timesheets are due today at 5pm", "Reminder: timesheets due today by 5pm",
          "Don't forget your timesheets, 5pm today"),
      List.of("Please update the sprint board before planning", "Reminder to update the sprint board before planning",
          "Sprint board needs updating before planning, please"),
      List.of("Reminder: the on-call handoff is at 3pm today", "On-call handoff at 3pm today, don't forget",
          "Heads up: on-call handoff at 3pm"),
      List.of("Don't forget to log your hours for this week", "Please log your hours for this week",
          "Reminder: log this week's hours"),
      List.of("Release freeze starts tonight at 8pm, merge what you need before then",
          "Reminder: release freeze at 8pm tonight, merge before then",
          "Freeze starts 8pm tonight, please merge before"),
      List.of("Please submit your expense reports for last month", "Reminder: expense reports for last month are due",
          "Don't forget last month's expense reports"),
      List.of("Team retro notes go in the retro doc, add yours before the meeting",
          "Reminder: add your retro notes to the doc before the meeting",
          "Retro doc is open, add your notes before the meeting"),
      List.of("Demo day signups close at noon, add your project to the sheet",
          "Reminder: demo day signups close at noon", "Add your project to the demo day sheet before noon"),
      List.of("Please fill in the weekly customer feedback summary", "Reminder: weekly customer feedback summary is due",
          "Customer feedback summary for the week, please fill it in"),
      List.of("Security patch window tonight at 10pm, save your work on the shared hosts",
          "Reminder: patch window at 10pm tonight on the shared hosts",
          "Patch window 10pm tonight, shared hosts will restart"),
      List.of("Office plants need watering, whoever is in today please", "Plants need water today, thanks whoever is in",
          "Reminder: water the office plants today"),
      List.of("Book your desk for next week in the office app", "Reminder: desk booking for next week closes today",
          "Don't forget to book next week's desk in the office app"));

  /** A standing invitation posted every weekday. */
  static final List<String> DAILY = List.of("Standup in 5 minutes: https://meet.example.com/standup",
      "Lunch train leaves at 12:30, meet at the lobby", "Daily sync starts now in the usual room",
      "End of day check-in: post your status in the thread", "Support queue handover in 10 minutes");

  /** Said by hand by people who never keep a rhythm with it. */
  static final List<String> IRREGULAR = List.of("Reminder: please review open pull requests",
      "Don't forget to rate the last incident review", "Please submit feedback on the new laptop policy",
      "Reminder: the shared calendar has the holiday schedule", "Please update your profile photo");

  static final List<String> ROTATION = List.of("Who is on call this weekend? Please check the rota",
      "Release checklist review is due, please go through it before Thursday",
      "Reminder: the weekly newsletter draft is due today");
}
