/**
 * The HTTP front door for Slack's requests: the body-size limit, Slack's v0 signature checked over
 * the raw bytes, the shape a request must have before Bolt parses it, and the answer given when a
 * listener fails. Everything Roundup cannot use is answered with a 4xx and a short reason here, so
 * no malformed request reaches a listener and no request is ever answered 500.
 */
package dev.roundup.web;
