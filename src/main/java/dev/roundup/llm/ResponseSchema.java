package dev.roundup.llm;

import com.google.gson.JsonObject;

/**
 * The JSON shape an answer must have, for providers that can enforce one: OpenAI-compatible
 * servers through {@code response_format: json_schema} (strict), Anthropic through a tool whose
 * input schema it is. Clients fall back to plain JSON mode where a server does not support it.
 *
 * @param name        a short identifier ("roundup_summary"): letters, digits, underscores
 * @param description what the object is, for the model
 * @param schema      a JSON Schema object usable in strict mode (every property required,
 *                    {@code additionalProperties: false}, nullable fields typed as a union)
 */
public record ResponseSchema(String name, String description, JsonObject schema) {}
