/**
 * Generated workspaces for measuring the suggestion detector: months of chatter from dozens of
 * people in several time zones, with rhythms planted on purpose (the truth) and distractors that
 * look like rhythms but are not (irregular repeats, rhythms that stopped, the same words from
 * different people, standup updates, greetings, holidays, daylight-saving changes, bots posting on
 * schedules). {@link dev.roundup.suggest.synthetic.SuggestionEval} scores the detector on them.
 */
package dev.roundup.suggest.synthetic;
