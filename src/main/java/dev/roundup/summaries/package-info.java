/**
 * Thread and channel summaries on demand: {@code @roundup} in a thread ({@link
 * dev.roundup.summaries.MentionHandler}) and {@code /summarize} ({@link
 * dev.roundup.summaries.SummarizeCommandHandler}). {@link dev.roundup.summaries.SummaryService} is
 * the one way a summary is made for a person: it applies the privacy rule (who may have which
 * channel read, and where the result may be posted), reads through the store with backfill, and
 * replies in place with every point linked to its message. Tasks and digests summarize through it.
 */
package dev.roundup.summaries;
