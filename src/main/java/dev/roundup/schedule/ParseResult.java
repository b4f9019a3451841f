package dev.roundup.schedule;

/** The outcome of parsing a phrase: a schedule, or a refusal that says why. */
public sealed interface ParseResult permits Parsed, Refused {}
