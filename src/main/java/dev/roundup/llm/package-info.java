/**
 * Clients for large language models (OpenAI-compatible and Anthropic) on OkHttp, with retries and a
 * circuit breaker; what a call is charged to and what it used (billed, or estimated where the
 * provider does not say).
 */
package dev.roundup.llm;
