package dev.roundup.app;

import java.io.PrintWriter;
import java.util.List;

/**
 * Tells the person running a command on an export which day files it left out because they could
 * not be read: what it printed is missing those days, and they may want to mend the file.
 */
final class LeftOutDays {

  private LeftOutDays() {}

  static void tell(PrintWriter err, String command, List<String> unreadable) {
    for (String why : unreadable) {
      err.println(command + ": warning: left out a day file that could not be read: " + why);
    }
    err.flush();
  }
}
