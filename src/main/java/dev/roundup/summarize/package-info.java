/**
 * Conversation and summary models, the {@link dev.roundup.summarize.Summarizer} contract and its
 * offline extractive implementation. Knows nothing of Slack's transport.
 */
package dev.roundup.summarize;
