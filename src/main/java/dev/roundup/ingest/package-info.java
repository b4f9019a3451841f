/**
 * Message ingestion: message events into the message store (edits and deletes honoured, reply
 * counts kept, retention purge), the record of which time ranges the store covers, and the
 * rate-limit-aware backfill from Slack's history when it does not.
 */
package dev.roundup.ingest;
