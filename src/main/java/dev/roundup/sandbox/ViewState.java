package dev.roundup.sandbox;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.List;
import java.util.Map;

/**
 * The {@code view.state} of a submitted modal, as Slack builds it from the view's input blocks:
 * one entry per input, shaped by its element type ({@code value}, {@code selected_conversations},
 * {@code selected_option}…), holding what the person entered or else the initial value.
 */
final class ViewState {

  private ViewState() {}

  static JsonObject of(JsonArray blocks, Map<String, ? extends Map<String, ?>> entered) {
    JsonObject values = new JsonObject();
    if (blocks != null) {
      for (int i = 0; i < blocks.size(); i++) {
        JsonObject block = blocks.get(i).getAsJsonObject();
        if (!"input".equals(ButtonPress.string(block, "type")) || !block.has("element")) {
          continue;
        }
        String blockId = ButtonPress.string(block, "block_id") != null
            ? ButtonPress.string(block, "block_id") : "b" + i;
        JsonObject element = block.getAsJsonObject("element");
        String actionId = ButtonPress.string(element, "action_id");
        Map<String, ?> forBlock = entered == null ? null : entered.get(blockId);
        Object value = forBlock != null && forBlock.containsKey(actionId) ? forBlock.get(actionId)
            : Initial.NONE;
        JsonObject input = new JsonObject();
        input.add(actionId, state(element, value));
        values.add(blockId, input);
      }
    }
    JsonObject state = new JsonObject();
    state.add("values", values);
    return state;
  }

  /** Marks an input the person did not touch: it keeps its initial value. */
  private enum Initial { NONE }

  private static JsonObject state(JsonObject element, Object entered) {
    String type = ButtonPress.string(element, "type");
    JsonObject state = new JsonObject();
    state.addProperty("type", type);
    boolean untouched = entered == Initial.NONE;
    switch (type == null ? "" : type) {
      case "multi_conversations_select", "multi_channels_select", "multi_users_select" -> {
        // multi_conversations_select → selected_conversations, initial_conversations
        String plural = type.substring("multi_".length(), type.length() - "_select".length());
        state.add("selected_" + plural,
            untouched ? copyOr(element, "initial_" + plural) : array(strings(entered)));
      }
      case "conversations_select", "channels_select", "users_select" -> {
        String noun = type.substring(0, type.length() - "s_select".length());
        String value = untouched ? ButtonPress.string(element, "initial_" + noun)
            : first(strings(entered));
        state.addProperty("selected_" + noun, value);
      }
      case "static_select", "radio_buttons" -> {
        String value = untouched ? null : first(strings(entered));
        JsonElement option = untouched ? element.get("initial_option") : option(element, value);
        state.add("selected_option", option == null ? null : option.deepCopy());
      }
      case "multi_static_select", "checkboxes" -> {
        if (untouched) {
          state.add("selected_options", copyOr(element, "initial_options"));
        } else {
          JsonArray selected = new JsonArray();
          strings(entered).forEach(v -> {
            JsonElement option = option(element, v);
            if (option != null) {
              selected.add(option.deepCopy());
            }
          });
          state.add("selected_options", selected);
        }
      }
      case "datepicker" -> state.addProperty("selected_date",
          untouched ? ButtonPress.string(element, "initial_date") : first(strings(entered)));
      case "timepicker" -> state.addProperty("selected_time",
          untouched ? ButtonPress.string(element, "initial_time") : first(strings(entered)));
      default -> {
        // plain_text_input, number_input, email/url inputs: what was typed, as text.
        String value = untouched ? ButtonPress.string(element, "initial_value") : first(strings(entered));
        state.addProperty("value", value == null || value.isEmpty() ? null : value);
      }
    }
    return state;
  }

  private static JsonElement copyOr(JsonObject element, String field) {
    JsonElement value = element.get(field);
    return value == null || value.isJsonNull() ? new JsonArray() : value.deepCopy();
  }

  private static JsonElement option(JsonObject element, String value) {
    if (value == null || !element.has("options")) {
      return null;
    }
    for (JsonElement option : element.getAsJsonArray("options")) {
      if (value.equals(ButtonPress.string(option.getAsJsonObject(), "value"))) {
        return option;
      }
    }
    return null;
  }

  private static JsonArray array(List<String> values) {
    JsonArray array = new JsonArray();
    values.forEach(array::add);
    return array;
  }

  private static String first(List<String> values) {
    return values.isEmpty() ? null : values.get(0);
  }

  private static List<String> strings(Object value) {
    if (value instanceof List<?> list) {
      return list.stream().map(String::valueOf).toList();
    }
    return value == null ? List.of() : List.of(String.valueOf(value));
  }
}
