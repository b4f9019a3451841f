package dev.roundup.browser;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/** Saves the page of a failed browser test under {@code target/browser-screenshots/}. */
final class ScreenshotOnFailure implements TestWatcher {

  /** A test class whose browser the screenshot is taken of. */
  interface WithBrowser {
    Browser browser();
  }

  @Override
  public void testFailed(ExtensionContext context, Throwable cause) {
    context.getTestInstance().filter(WithBrowser.class::isInstance).map(WithBrowser.class::cast)
        .map(WithBrowser::browser).ifPresent(browser -> {
          try {
            String name = "FAILED-" + context.getRequiredTestClass().getSimpleName() + "-"
                + context.getRequiredTestMethod().getName();
            System.err.println("Screenshot of the failed test: " + browser.screenshot(name));
          } catch (RuntimeException e) {
            System.err.println("Could not take a screenshot of the failed test: " + e);
          }
        });
  }
}
