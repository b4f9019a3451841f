package dev.roundup.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.slack.api.bolt.model.builtin.DefaultInstaller;
import dev.roundup.SlackJson;
import dev.roundup.TestClock;
import dev.roundup.app.Config;
import dev.roundup.app.Roundup;
import dev.roundup.e2e.WorkspaceCalls;
import dev.roundup.ingest.ChannelMessage;
import dev.roundup.install.TokenCipherTest;
import dev.roundup.llm.LlmSettings;
import dev.roundup.sandbox.OAuthAccess;
import dev.roundup.sandbox.SlackEmulator;
import dev.roundup.sandbox.Workspace;
import dev.roundup.summarize.ExtractiveSummarizer;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Multi-workspace mode: the nightly run goes through every installed workspace, each with its own
 * history and its own token. Three look-alike workspaces in one emulator, each where someone posts a
 * reminder every Friday (with the workspace's marker word); two have installed Roundup, the third's
 * installation is gone. The night offers one suggestion in each installed workspace, built from its
 * own messages and posted there with its token; the third gets no call at all.
 */
class SuggestionsPerWorkspaceTest {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  /** Monday 23 November 2026, 07:00 UTC: an hour after that night's run time. */
  private static final Instant MONDAY = Instant.parse("2026-11-23T07:00:00Z");

  /** One workspace as the test sees it. */
  private record Side(Workspace ws, SlackEmulator slack, String person, String general, String word) {}

  private final TestClock clock = new TestClock(MONDAY);
  private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
  private final Logger schedulerLog = (Logger) LoggerFactory.getLogger(SuggestionScheduler.class);
  private SlackEmulator emulator;
  private Side a;
  private Side b;
  private Side c;
  private Roundup roundup;

  @BeforeEach
  void start() throws Exception {
    Workspace wsA = new Workspace("T0ALPHA", "alpha-co");
    Workspace wsB = wsA.sameApp("T0BRAVO", "bravo-co", "U0BOTB");
    Workspace wsC = wsA.sameApp("T0CHARLIE", "charlie-co", "U0BOTC");
    emulator = SlackEmulator.start(wsA);
    a = side(wsA, emulator, "U0AANNA", "C0AGENERAL", "alpha");
    b = side(wsB, emulator.join(wsB), "U0BANNA", "C0BGENERAL", "bravo");
    c = side(wsC, emulator.join(wsC), "U0CANNA", "C0CGENERAL", "charlie");
    Config config = new Config(
        new Config.Slack(null, wsA.signingSecret(), null, emulator.apiUrl(), new Config.MultiWorkspace(
            OAuthAccess.CLIENT_ID, OAuthAccess.CLIENT_SECRET, TokenCipherTest.newKey(), "", null)),
        new Config.Server("127.0.0.1", 0),
        new Config.Database("jdbc:h2:mem:suggest-" + UUID.randomUUID()
            + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", "sa", "", 4),
        new Config.Work(4, 100, Duration.ofHours(24)), LlmSettings.embedded(), Config.Tasks.DEFAULT,
        Config.Ingest.defaults(), Config.Digests.defaults(), Suggestions.Settings.OFF.on());
    roundup = Roundup.start(config, clock, new ExtractiveSummarizer());
    var installations = roundup.installs().orElseThrow().installations();
    for (Side side : List.of(a, b, c)) {
      installations.saveInstallerAndBot(DefaultInstaller.builder().appId(Workspace.APP_ID)
          .teamId(side.ws().teamId()).botUserId(side.ws().botUserId()).botId(side.ws().botId())
          .botScope("chat:write,im:write,users:read").botAccessToken(side.ws().botToken())
          .installerUserId(side.person()).installedAt(MONDAY.toEpochMilli()).build());
      fridays(side);
    }
    // Charlie's installation is gone (its uninstall deleted the tokens); the workspace stays known.
    installations.deleteAll(null, c.ws().teamId());
  }

  private Side side(Workspace ws, SlackEmulator slack, String anna, String general, String word) {
    ws.setClock(clock);
    slack.setClock(clock);
    ws.addUser(anna, "anna", "Anna Berg", "Europe/Paris", false);
    ws.addChannel(general, "general", false, anna, ws.botUserId());
    return new Side(ws, slack, anna, general, word);
  }

  /**
   * Anna posted the workspace's reminder in #general on each of the last four Fridays at 10:00: in
   * Slack (so links to it work), and in Roundup's store as its message events left it.
   */
  private void fridays(Side side) {
    ZonedDateTime friday = MONDAY.atZone(PARIS).with(TemporalAdjusters.previous(DayOfWeek.FRIDAY))
        .with(LocalTime.of(10, 0));
    for (int week = 3; week >= 0; week--) {
      clock.set(friday.minusWeeks(week).toInstant());
      String text = "The " + side.word() + " timesheets are due today at 5pm";
      String ts = side.ws().post(side.general(), side.person(), text);
      ChannelMessage m = new ChannelMessage(side.general(), ts, null, side.person(), null, text, null, 0, 0, false);
      dev.roundup.store.Workspace.run(side.ws().teamId(), () -> roundup.messages().save(m));
    }
    clock.set(MONDAY);
  }

  @AfterEach
  void stop() {
    schedulerLog.detachAppender(logs);
    schedulerLog.setLevel(null);
    if (roundup != null) {
      roundup.close();
    }
    emulator.close();
  }

  @Test
  void each_installed_workspace_is_offered_a_suggestion_from_its_own_history_with_its_own_token() {
    logs.start();
    schedulerLog.setLevel(Level.INFO);
    schedulerLog.addAppender(logs);

    int offered = roundup.suggestions().runDue();

    assertThat(offered).isEqualTo(2);
    for (Side side : List.of(a, b)) {
      String card = String.join("\n", dmTexts(side));
      assertThat(card).contains("The " + side.word() + " timesheets are due today at 5pm")
          .contains("<#" + side.general() + ">");
    }
    onlyItsOwn(a, List.of(b, c));
    onlyItsOwn(b, List.of(a, c));
    assertThat(c.slack().calls()).as("a workspace without a token gets no call").isEmpty();
    assertThat(logs.list).extracting(ILoggingEvent::getFormattedMessage)
        .anyMatch(line -> line.contains("No suggestions in workspace T0CHARLIE") && line.contains("no token"))
        .noneMatch(line -> line.contains("No suggestions in workspace T0ALPHA"));
    assertThat(roundup.suggestions().runDue()).as("the night ran once").isZero();
  }

  /** The text and blocks of the bot's DMs to the workspace's Anna. */
  private static List<String> dmTexts(Side side) {
    Workspace ws = side.ws();
    return ws.messages(ws.directChannel(side.person()).id()).stream()
        .filter(m -> ws.botUserId().equals(m.user()))
        .map(m -> m.text() + "\n" + (m.blocks() == null ? "" : SlackJson.texts("{\"blocks\":" + m.blocks() + "}")))
        .toList();
  }

  /** Every call answered for {@code side} (made with its own token) succeeded and names nothing of the others. */
  private static void onlyItsOwn(Side side, List<Side> others) {
    WorkspaceCalls.onlyItsOwn(side.slack(), side.word(), others.stream()
        .flatMap(o -> Stream.of(o.general(), o.person(), o.ws().teamId(), o.word())).toArray(String[]::new));
  }
}
