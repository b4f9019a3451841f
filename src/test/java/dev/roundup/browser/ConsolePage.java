package dev.roundup.browser;

import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The sandbox console as a person uses it: pick who you are, open a channel, type, press. */
final class ConsolePage {

  static final Duration WAIT = Duration.ofSeconds(20);

  private final WebDriver driver;

  ConsolePage(WebDriver driver, URI url) {
    this.driver = driver;
    driver.get(url.toString());
    // Forget who acted last time: each test says who it is.
    ((JavascriptExecutor) driver).executeScript("localStorage.clear()");
    driver.navigate().refresh();
    waitFor(() -> find(By.cssSelector("#channel-list .channel-link")).orElse(null));
  }

  /** Picks the person to act as, by real name. */
  ConsolePage actAs(String realName) {
    Select picker = new Select(driver.findElement(By.id("person-picker")));
    String value = picker.getOptions().stream().filter(o -> o.getText().startsWith(realName))
        .findFirst().orElseThrow(() -> new AssertionError("nobody called " + realName)).getAttribute("value");
    picker.selectByValue(value);
    waitFor(() -> value.equals(driver.findElement(By.tagName("body")).getAttribute("data-me")) ? true : null);
    return this;
  }

  /** The channel names in the sidebar (read in one go: the sidebar is redrawn as things change). */
  List<String> channelNames() {
    return names("#channel-list .channel-link");
  }

  /** The sidebar's channels marked private. */
  List<String> privateChannelNames() {
    return names("#channel-list .channel-link:has(.private-mark)");
  }

  @SuppressWarnings("unchecked")
  private List<String> names(String selector) {
    return (List<String>) ((JavascriptExecutor) driver).executeScript(
        "return [...document.querySelectorAll(arguments[0])].map(e => e.dataset.name)", selector);
  }

  ConsolePage openChannel(String name) {
    click(By.cssSelector("#channel-list .channel-link[data-name='" + name + "']"));
    waitFor(() -> find(By.id("channel-title")).filter(t -> t.getText().endsWith(name)).orElse(null));
    return this;
  }

  /** The person's conversation with the app (its Messages tab). */
  ConsolePage openAppMessages() {
    click(By.cssSelector("#dm-list .channel-link[data-kind='app']"));
    waitFor(() -> find(By.id("channel-title")).filter(t -> t.getText().equals("Roundup")).orElse(null));
    return this;
  }

  ConsolePage openHome() {
    click(By.id("home-link"));
    return this;
  }

  /** Opens the thread of the message containing {@code text}. */
  ConsolePage openThreadOf(String text) {
    Shown parent = messageWith(text);
    click(By.cssSelector("#messages .message[data-ts='" + parent.ts() + "'] .thread-link"));
    waitFor(() -> find(By.id("thread-pane")).filter(WebElement::isDisplayed).orElse(null));
    return this;
  }

  /** Types in the channel's composer and presses Enter. */
  ConsolePage send(String text) {
    type(driver.findElement(By.id("composer-input")), text);
    return this;
  }

  ConsolePage reply(String text) {
    type(driver.findElement(By.id("thread-input")), text);
    return this;
  }

  private void type(WebElement input, String text) {
    input.clear();
    input.sendKeys(text);
    input.sendKeys(Keys.ENTER);
    waitFor(() -> input.getAttribute("value").isEmpty() ? input : null);
  }

  /** A message as the page showed it when it was found: its ts, author's user id and text. */
  record Shown(String ts, String user, String text) {}

  /** Waits for a message in the channel (ephemeral ones included) containing {@code text}. */
  Shown messageWith(String text) {
    return shown("#messages", text);
  }

  Shown threadMessageWith(String text) {
    return shown("#thread-messages", text);
  }

  /** The last message in the list containing {@code text}, read in one go (the page redraws). */
  @SuppressWarnings("unchecked")
  private Shown shown(String list, String text) {
    return waitFor(() -> ((List<List<String>>) ((JavascriptExecutor) driver).executeScript(
        "return [...document.querySelectorAll(arguments[0])].map(m => [m.dataset.ts, m.dataset.user, m.innerText])",
        list + " .message")).stream()
        .map(m -> new Shown(m.get(0), m.get(1), m.get(2)))
        .filter(m -> m.text().contains(text)).reduce((a, b) -> b).orElse(null));
  }

  /** The message's element, found afresh. */
  WebElement message(String list, Shown message) {
    return driver.findElement(By.cssSelector(list + " .message[data-ts='" + message.ts() + "']"));
  }

  /** Presses the button labelled {@code label} on a message of the channel. */
  void press(Shown message, String label) {
    waitFor(() -> {
      press(message("#messages", message), label);
      return true;
    });
  }

  /** Presses the button labelled {@code label} inside {@code container}. */
  void press(WebElement container, String label) {
    container.findElements(By.cssSelector("button.bk-button")).stream()
        .filter(b -> b.getText().equals(label)).findFirst()
        .orElseThrow(() -> new AssertionError("no button " + label + " in: " + container.getText()))
        .click();
  }

  /** Jumps the clock to a local time in the acting person's zone, with the console's own control. */
  ConsolePage jumpClockTo(LocalDateTime local) {
    String before = driver.findElement(By.id("clock-now")).getText();
    WebElement input = driver.findElement(By.id("clock-jump-input"));
    // A datetime-local field's keyboard order depends on the locale; set its value as a picker would.
    ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]", input,
        local.withSecond(0).withNano(0).toString());
    driver.findElement(By.id("clock-jump")).click();
    waitFor(() -> driver.findElement(By.id("clock-now")).getText().equals(before) ? null : true);
    return this;
  }

  WebElement home() {
    return driver.findElement(By.id("home"));
  }

  /** Clicks what {@code by} finds, finding it afresh when the page redrew it meanwhile. */
  void click(By by) {
    waitFor(() -> {
      driver.findElement(by).click();
      return true;
    });
  }

  /** Presses a button of the App Home (found afresh each try: the Home is redrawn as it changes). */
  void pressInHome(String label) {
    waitFor(() -> {
      press(home(), label);
      return true;
    });
  }

  WebElement modal() {
    return waitFor(() -> find(By.id("modal-backdrop")).filter(WebElement::isDisplayed).orElse(null));
  }

  Optional<WebElement> find(By by) {
    try {
      return Optional.of(driver.findElement(by));
    } catch (NoSuchElementException e) {
      return Optional.empty();
    }
  }

  /** Waits until {@code probe} answers something other than null; the page redraws, so retries. */
  static <T> T waitFor(Supplier<T> probe) {
    return await().atMost(WAIT)
        .ignoreExceptionsMatching(e -> e instanceof StaleElementReferenceException
            || e instanceof NoSuchElementException)
        .until(probe::get, v -> v != null && !Boolean.FALSE.equals(v));
  }
}
