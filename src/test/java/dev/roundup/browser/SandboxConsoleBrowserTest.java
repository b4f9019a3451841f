package dev.roundup.browser;

import static dev.roundup.browser.ConsolePage.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.roundup.app.Sandbox;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The sandbox console in a real browser, against the real app wired to the emulator as the
 * {@code sandbox} command wires it, on the sample workspace. One sandbox and one browser for the
 * class; each test acts as a different person, so their tasks and digests do not meet.
 */
@ExtendWith(ScreenshotOnFailure.class)
class SandboxConsoleBrowserTest implements ScreenshotOnFailure.WithBrowser {

  private static Sandbox sandbox;
  private static Browser browser;
  private ConsolePage console;

  @BeforeAll
  static void start() throws Exception {
    browser = Browser.open();
    sandbox = Sandbox.start(new Sandbox.Options("127.0.0.1", 0, null));
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
    if (sandbox != null) {
      sandbox.close();
    }
  }

  @Override
  public Browser browser() {
    return browser;
  }

  @BeforeEach
  void openConsole() {
    console = new ConsolePage(browser.driver, sandbox.url());
  }

  @Test
  void a_mention_in_a_thread_is_answered_with_a_placeholder_edited_into_a_summary_with_source_links()
      throws Exception {
    console.actAs("Alice Moreau").openChannel("eng").openThreadOf("search latency went from 180 ms")
        .reply("@roundup");

    ConsolePage.Shown shown = console.threadMessageWith("Thread summary");
    // The placeholder Roundup posted first was edited into the summary (chat.postMessage, then chat.update).
    assertThat(shown.user()).isEqualTo("U0BOT");
    assertThat(shown.text()).contains("Roundup", "(edited)", "Decisions", "Action items",
        "We turn off ranking_v2 today");
    WebElement summary = console.message("#thread-messages", shown);
    List<WebElement> sources = summary.findElements(By.cssSelector("a.permalink"));
    assertThat(sources).isNotEmpty().allSatisfy(a -> assertThat(a.getText()).matches("source|\\d+"));
    String calls = browser.driver.findElement(By.id("calls")).getAttribute("textContent");
    assertThat(calls).contains("chat.postMessage", "Summarizing", "chat.update", "conversations.replies");

    // The picture the README shows: the summary from its top, in the thread it answers.
    ((JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView({block: 'start'})",
        summary);
    Path picture = browser.screenshot("console-thread-summary");
    assertThat(Files.size(picture)).isPositive();

    // A source link leads to the message it came from.
    WebElement first = sources.get(0);
    String sourceTs = first.getAttribute("data-ts");
    first.click();
    waitFor(() -> browser.driver.findElements(By.cssSelector("#thread-messages .message.highlight"))
        .stream().filter(m -> sourceTs.equals(m.getAttribute("data-ts"))).findFirst().orElse(null));
  }

  @Test
  void a_task_confirmed_in_the_console_reminds_in_the_dm_once_the_clock_reaches_its_time() {
    console.actAs("Boris Ivanov").openChannel("eng")
        .send("/task every weekday at 9am remind me to post the standup notes");

    ConsolePage.Shown confirmation = console.messageWith("please check it");
    assertThat(confirmation.text()).contains("Only visible to you", "every weekday at 9:00 AM",
        "America/New_York");
    console.press(confirmation, "Confirm");
    // The confirmation is replaced by the answer, as Slack replaces the message a button was on.
    ConsolePage.Shown saved = console.messageWith("saved");
    assertThat(saved.ts()).isEqualTo(confirmation.ts());
    assertThat(saved.text()).contains("remind me to post the standup notes")
        .doesNotContain("please check it");

    ZoneId newYork = ZoneId.of("America/New_York");
    ZonedDateTime now = sandbox.clock().instant().atZone(newYork);
    ZonedDateTime nextRun = now.toLocalDate().atTime(9, 0).atZone(newYork);
    while (!nextRun.isAfter(now) || nextRun.getDayOfWeek() == DayOfWeek.SATURDAY
        || nextRun.getDayOfWeek() == DayOfWeek.SUNDAY) {
      nextRun = nextRun.plusDays(1);
    }
    console.jumpClockTo(nextRun.plusMinutes(5).toLocalDateTime());

    console.openAppMessages();
    ConsolePage.Shown reminder = console.messageWith("post the standup notes");
    assertThat(reminder.user()).isEqualTo("U0BOT");
    assertThat(reminder.text()).contains("Reminder").doesNotContain("Only visible to you");
  }

  @Test
  void a_digest_subscribed_with_the_command_shows_its_preview() {
    console.actAs("Chen Wei").openChannel("design").send("/digest #eng #design");

    // a digest's number is its id: other tests' digests in this sandbox come before it
    assertThat(console.messageWith("created").text()).containsPattern("Digest \\d+ created")
        .contains("#eng", "#design", "every Friday at 4:00 PM");
    console.send("/digest preview");
    ConsolePage.Shown preview = console.messageWith("Roundup for");
    assertThat(preview.text()).contains("Only visible to you", "#eng", "#design");
  }

  @Test
  void the_app_home_lists_a_task_whose_pause_and_resume_buttons_work() {
    console.actAs("Dana Okafor").openChannel("design")
        .send("/task every day at 8am remind me to water the plants");
    console.press(console.messageWith("please check it"), "Confirm");
    console.messageWith("saved");

    console.openHome();
    String home = waitFor(() -> console.home().getText().contains("water the plants")
        ? console.home().getText() : null);
    assertThat(home).contains("Your tasks", "every day at 8:00 AM");
    console.pressInHome("Pause");
    waitFor(() -> console.home().getText().contains("paused") ? true : null);
    assertThat(console.home().findElements(By.cssSelector("button[data-action-id=task_home_resume]")))
        .hasSize(1);

    console.pressInHome("Resume");
    waitFor(() -> console.home().getText().contains("next ") ? true : null);
    assertThat(console.home().getText()).doesNotContain("paused");
    assertThat(console.home().findElements(By.cssSelector("button[data-action-id=task_home_pause]")))
        .hasSize(1);
  }

  @Test
  void a_private_channel_is_not_offered_to_someone_outside_it() {
    console.actAs("Alice Moreau");
    assertThat(console.channelNames()).contains("leads");
    assertThat(console.privateChannelNames()).containsExactly("leads");

    console.actAs("Boris Ivanov");
    assertThat(console.channelNames()).contains("eng", "general", "design").doesNotContain("leads");

    // Nor in the app's forms: the digest form's channel picker lists what Boris can see.
    console.openChannel("general").send("/digest #incidents");
    String created = console.messageWith("created: #incidents").text();
    String number = created.replaceAll("(?s).*Digest (\\d+) created.*", "$1");
    assertThat(number).as(created).matches("\\d+");
    console.send("/digest edit " + number);
    WebElement modal = console.modal();
    List<String> offered = modal.findElements(By.cssSelector(".bk-choices input[type=checkbox]")).stream()
        .map(box -> box.getAttribute("value")).toList();
    assertThat(offered).contains("C0ENG", "C0INCIDENTS").doesNotContain("C0LEADS");
    assertThat(modal.findElement(By.cssSelector(".bk-choices input[value=C0INCIDENTS]")).isSelected())
        .isTrue();
    modal.findElement(By.id("modal-close")).click();
    waitFor(() -> console.find(By.id("modal-backdrop")).map(b -> b.isDisplayed() ? null : true)
        .orElse(null));
  }
}
