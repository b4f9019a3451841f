/**
 * The Quartz adapter: one one-shot trigger per distinct due instant per kind, in Roundup's
 * database; a firing lists the kind's items due then ({@link dev.roundup.jobs.DueItems}) and runs
 * them on a bounded pool. Each feature registers a {@link dev.roundup.jobs.JobKind} with the
 * {@link dev.roundup.jobs.FireHandler} that runs one item; the Quartz job itself is a thin router.
 * Clustered on PostgreSQL, a dead node's firings are re-run elsewhere. Knows no feature.
 */
package dev.roundup.jobs;
