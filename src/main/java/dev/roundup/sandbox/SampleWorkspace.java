package dev.roundup.sandbox;

/** Builds the small ready-made workspace that tests and the sandbox mode start from. */
final class SampleWorkspace {

  static final String ALICE = "U0ALICE";
  static final String BORIS = "U0BORIS";
  static final String CHEN = "U0CHEN";
  static final String DANA = "U0DANA";

  private SampleWorkspace() {}

  static Workspace create() {
    Workspace ws = new Workspace("T0SANDBOX", "roundup-sandbox");
    String bot = ws.botUserId();
    ws.addUser(ALICE, "alice", "Alice Moreau", "Europe/Paris", true);
    ws.addUser(BORIS, "boris", "Boris Ivanov", "America/New_York", false);
    ws.addUser(CHEN, "chen", "Chen Wei", "Asia/Shanghai", false);
    ws.addUser(DANA, "dana", "Dana Okafor", "America/Los_Angeles", false);
    ws.addChannel("C0GENERAL", "general", false, ALICE, BORIS, CHEN, DANA, bot);
    ws.addChannel("C0ENG", "eng", false, ALICE, BORIS, CHEN, bot);
    ws.addChannel("C0DESIGN", "design", false, CHEN, DANA);
    ws.addChannel("C0INCIDENTS", "incidents", false, ALICE, BORIS, bot);
    ws.addChannel("C0LEADS", "leads", true, ALICE, DANA, bot);
    return ws;
  }
}
