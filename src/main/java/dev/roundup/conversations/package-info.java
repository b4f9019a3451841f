/**
 * Conversations, not just summaries: questions about a thread or a channel answered with the
 * messages they rest on ({@code @roundup who is checking with legal?}, {@code /ask}), and a
 * person's catch-up ({@code /catchup}, {@code @roundup catch me up}) — what waits on them first,
 * then each channel. One router reads every mention and sends summary requests on to the
 * summaries feature. The privacy rule applies before anything is read.
 */
package dev.roundup.conversations;
