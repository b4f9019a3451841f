package dev.roundup.eval;

/**
 * One system's figures in one table, averaged over samples.
 *
 * @param meanOverReferences each sample scored against every reference, averaged, then averaged
 *                           over samples (how SOURCE.md reports DialogSum)
 * @param maxOverReferences  each variant's best reference per sample, then averaged over samples;
 *                           equal to the mean when a sample has a single reference
 * @param meanTokens         mean length of the scored text, after the budget cut
 * @param meanTokensWritten  mean length of the text the system wrote, before the cut
 */
public record SystemScore(
    String system, RougeScore meanOverReferences, RougeScore maxOverReferences, double meanTokens,
    double meanTokensWritten) {}
