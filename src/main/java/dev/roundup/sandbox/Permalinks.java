package dev.roundup.sandbox;

/** Slack's permalink format for a message, with the thread query for replies. */
final class Permalinks {

  private Permalinks() {}

  static String of(String teamDomain, StoredMessage message) {
    String link = "https://" + teamDomain + ".slack.com/archives/" + message.channel()
        + "/p" + message.ts().replace(".", "");
    if (message.isReply()) {
      link += "?thread_ts=" + message.threadTs() + "&cid=" + message.channel();
    }
    return link;
  }
}
