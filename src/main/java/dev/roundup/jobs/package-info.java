/**
 * The Quartz adapter: one-shot triggers in Roundup's database, fired at the instants a feature's
 * schedule gives. Each feature registers a {@link dev.roundup.jobs.JobKind} with the
 * {@link dev.roundup.jobs.FireHandler} that runs its items; the Quartz job itself is a thin
 * router. Knows no feature.
 */
package dev.roundup.jobs;
