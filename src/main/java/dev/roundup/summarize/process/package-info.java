/**
 * The built-in summarizer in a process of its own beside the server. Summarizing is CPU-bound and
 * allocates heavily; in the server's own JVM its garbage collections stop the threads that
 * acknowledge Slack's requests, and it competes with them for the same cores. In a child JVM at a
 * lower OS priority it does neither: {@link dev.roundup.summarize.process.SummarizerProcess} sends
 * each conversation to the child ({@link dev.roundup.summarize.process.SummarizerWorker}) as one
 * line of JSON on its standard input and reads the summary back from its standard output
 * ({@link dev.roundup.summarize.process.WorkerWire}). The child runs the same
 * {@link dev.roundup.summarize.ExtractiveSummarizer}; whenever it cannot answer (not started, died,
 * too slow) the summary is made in the server's process, so a summary is never lost to it.
 */
package dev.roundup.summarize.process;
