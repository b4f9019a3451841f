/** Command-line entry, the one immutable configuration object, and the wiring that builds every object once. */
package dev.roundup.app;
