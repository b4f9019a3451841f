/**
 * The summary-quality eval harness: ROUGE scoring, loaders for the shared QMSum and DialogSum test
 * sets, reference extractive systems (LEAD, LONGEST, TextRank, greedy oracle) and the report that
 * puts Roundup's summarizer beside them; and the Slack-thread eval: hand-written threads with gold
 * decisions, action items and open questions (and traps), scored for precision and recall; and
 * the trainers that grow the embedded summarizer's action item trees, action item veto and
 * decision trees from those threads' gold.
 */
package dev.roundup.eval;
