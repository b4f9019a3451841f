/**
 * Recurring tasks created with {@code /task}: the task model and its store, the command parser,
 * the service that creates and manages tasks within limits, the runner Quartz calls when a task is
 * due, and the task views (confirmation, modal, App Home section).
 */
package dev.roundup.tasks;
