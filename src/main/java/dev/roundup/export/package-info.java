/**
 * Slack exports as files: the zip Slack ships or the folder it unpacks to, read into memory once,
 * with each JSON file decoded whatever Unicode encoding it was saved in. It knows the export's
 * layout (users.json, the conversation lists, one folder of {@code YYYY-MM-DD.json} days per
 * conversation) and nothing of what a message means: the summarizer ({@code summarize}) and the
 * Slack emulator ({@code sandbox}) each build their own model from it. Pure: the JDK and Gson,
 * nothing of Roundup, so the emulator may use it and still import nothing of the app.
 */
package dev.roundup.export;
