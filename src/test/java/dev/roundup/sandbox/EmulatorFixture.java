package dev.roundup.sandbox;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.methods.MethodsClient;

/** A sample workspace behind a running emulator, with the real Slack SDK client pointed at it. */
final class EmulatorFixture implements AutoCloseable {

  final Workspace workspace = Workspace.sample();
  final SlackEmulator emulator = SlackEmulator.start(workspace);
  final Slack slack;
  final MethodsClient bot;
  private RecordingApp app;

  EmulatorFixture() {
    SlackConfig config = new SlackConfig();
    config.setMethodsEndpointUrlPrefix(emulator.apiUrl());
    config.setStatsEnabled(false);
    slack = Slack.getInstance(config);
    bot = slack.methods(workspace.botToken());
  }

  /** A stand-in app the emulator delivers to (closed with the fixture). */
  RecordingApp connectApp() throws Exception {
    app = new RecordingApp();
    emulator.setAppUrl(app.url());
    return app;
  }

  @Override
  public void close() throws Exception {
    if (app != null) {
      app.close();
    }
    emulator.close();
    slack.close();
  }
}
