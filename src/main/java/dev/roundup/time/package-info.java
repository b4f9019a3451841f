/** Time helpers shared by every package that waits: the injectable {@link dev.roundup.time.Sleeper}. */
package dev.roundup.time;
