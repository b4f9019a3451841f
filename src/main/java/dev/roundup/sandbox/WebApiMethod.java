package dev.roundup.sandbox;

import com.google.gson.JsonObject;

/** One Web API method: answers the body of a successful call or throws {@link SlackError}. */
@FunctionalInterface
interface WebApiMethod {

  JsonObject call(ApiRequest request);
}
