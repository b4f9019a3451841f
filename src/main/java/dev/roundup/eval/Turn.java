package dev.roundup.eval;

/** One spoken turn of a transcript: who spoke (as the dataset names them) and what they said. */
public record Turn(String speaker, String text) {}
