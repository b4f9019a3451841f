/**
 * Message ingestion: message events into the message store through one ordered, batched queue
 * (edits and deletes honoured in arrival order, reply counts kept, retention purge), the record of which time ranges the store covers, and the
 * rate-limit-aware backfill from Slack's history when it does not.
 */
package dev.roundup.ingest;
