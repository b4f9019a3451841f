/**
 * Token budgets for the configured model: the ledger of tokens spent per workspace per UTC day and
 * per task (shared by every node through the database), the client that refuses a call a budget
 * has no room for, and the admins' view of usage against the budget.
 */
package dev.roundup.budgets;
