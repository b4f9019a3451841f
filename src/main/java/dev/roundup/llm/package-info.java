/** Clients for large language models (OpenAI-compatible and Anthropic) on OkHttp, with retries and a circuit breaker. */
package dev.roundup.llm;
