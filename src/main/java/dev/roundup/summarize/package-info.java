/**
 * Conversation and summary models, the {@link dev.roundup.summarize.Summarizer} contract, its
 * offline extractive implementation and the LLM summarizer that falls back to it. Knows nothing of
 * Slack's transport.
 */
package dev.roundup.summarize;
