/**
 * The threads that do Roundup's work after the acknowledgement, and how they yield the CPU to the
 * threads that acknowledge: {@link dev.roundup.threads.WorkThreads} names them and lowers their
 * scheduling priority at the OS level ({@link dev.roundup.threads.OsPriority}), so that on a busy
 * machine a request from Slack is answered before a summary goes on.
 */
package dev.roundup.threads;
