package dev.roundup.sandbox;

/** How the emulator reaches the app with events, slash commands and interactions. */
public enum DeliveryMode {
  /**
   * The default: HTTP when an app URL is set, else Socket Mode when the app has a connection
   * open. A test that sets an app URL keeps the HTTP path whatever else is connected.
   */
  AUTO,
  /** Always POST to the app URL, signed. */
  HTTP,
  /** Always send envelopes over an open Socket Mode connection and wait for the ack. */
  SOCKET
}
