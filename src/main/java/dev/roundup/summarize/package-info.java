/**
 * Conversation and summary models, the {@link dev.roundup.summarize.Summarizer} contract, its
 * offline extractive implementation (cleaning, scoring, redundancy control and cue-based
 * detectors, one small class each, with their cues in six languages, and trees grown on the
 * tuning threads that weigh the rules' decisions, add those the rules pass over, add tasks
 * handed out and taken on without a request's words, and drop the rules' tasks they doubt), the
 * LLM summarizer, and
 * reading (Slack exports, API responses) and writing conversations and summaries as files.
 * Knows nothing of Slack's transport.
 */
package dev.roundup.summarize;
