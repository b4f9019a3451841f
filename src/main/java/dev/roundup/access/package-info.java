/**
 * The privacy rule, in one place: who may have Roundup read which channel, where what was read may
 * be delivered, and where Roundup may post on someone's behalf. Every feature asks {@link
 * dev.roundup.access.Access} before it reads, delivers or posts, on every path (mentions, commands,
 * forms, buttons, scheduled runs); membership comes from Slack ({@code conversations.members}),
 * cached briefly and refreshed when Slack reports a join or a leave.
 */
package dev.roundup.access;
