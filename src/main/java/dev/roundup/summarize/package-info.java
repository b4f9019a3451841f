/**
 * Conversation and summary models, the {@link dev.roundup.summarize.Summarizer} contract, its
 * offline extractive implementation (cleaning, scoring, redundancy control and cue-based
 * detectors, one small class each), and reading and writing conversations and summaries as files.
 * Knows nothing of Slack's transport.
 */
package dev.roundup.summarize;
