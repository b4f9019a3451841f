/**
 * The summary-quality eval harness: ROUGE scoring, loaders for the shared QMSum and DialogSum test
 * sets, reference extractive systems (LEAD, LONGEST, TextRank, greedy oracle) and the report that
 * puts Roundup's summarizer beside them.
 */
package dev.roundup.eval;
