/**
 * Proactive suggestions: Roundup notices what a person does by hand on a rhythm (the same message
 * posted every Friday, the same channel summarized every Monday) and offers once, politely, to do
 * it for them as a recurring task. The detector ({@link dev.roundup.suggest.Detector}) is pure and
 * reads a {@link dev.roundup.suggest.History}; the nightly run builds that history from the message
 * store and the command log, applies every guard (the person's switch, the privacy rule, existing
 * tasks and digests, Never and Not now, one suggestion a week) and delivers a card by DM and in
 * the App Home, whose "Schedule it" goes through the tasks' own confirmation path.
 */
package dev.roundup.suggest;
