package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SummaryJsonTest {

  private static List<String> keys(JsonObject json) {
    return new ArrayList<>(json.keySet());
  }

  @Test
  void writes_exactly_the_documented_keys_in_order_with_nulls() {
    Summary summary = new Summary("Launch moves to Tuesday.",
        List.of(new Point("Billing migration is split by region.", List.of("1.1"))),
        List.of(new Point("Go with the split migration.", List.of("1.2", "1.3"))),
        List.of(new ActionItem(null, "Flag risks", null, List.of("1.4")),
            new ActionItem("U2", "Draft the notice", "by Friday", List.of("1.5"))),
        List.of(new Point("When does the embargo lift?", List.of("1.6"))),
        new Summary.Stats(25, 6), "a note that is not part of the JSON");

    JsonObject json = JsonParser.parseString(SummaryJson.write(summary)).getAsJsonObject();

    assertThat(keys(json)).containsExactly(
        "tldr", "highlights", "decisions", "actionItems", "openQuestions", "stats");
    assertThat(json.get("tldr").getAsString()).isEqualTo("Launch moves to Tuesday.");
    assertThat(keys(json.getAsJsonArray("highlights").get(0).getAsJsonObject()))
        .containsExactly("text", "sources");
    assertThat(json.getAsJsonArray("decisions").get(0).getAsJsonObject()
        .getAsJsonArray("sources")).containsExactly(
            JsonParser.parseString("\"1.2\""), JsonParser.parseString("\"1.3\""));
    JsonArray actions = json.getAsJsonArray("actionItems");
    assertThat(keys(actions.get(0).getAsJsonObject()))
        .containsExactly("owner", "text", "due", "sources");
    assertThat(actions.get(0).getAsJsonObject().get("owner").isJsonNull()).isTrue();
    assertThat(actions.get(0).getAsJsonObject().get("due").isJsonNull()).isTrue();
    assertThat(actions.get(1).getAsJsonObject().get("owner").getAsString()).isEqualTo("U2");
    assertThat(actions.get(1).getAsJsonObject().get("due").getAsString()).isEqualTo("by Friday");
    assertThat(keys(json.getAsJsonObject("stats"))).containsExactly("messages", "participants");
    assertThat(json.getAsJsonObject("stats").get("messages").getAsInt()).isEqualTo(25);
  }

  @Test
  void the_empty_summary_has_every_key_with_empty_lists() {
    JsonObject json = JsonParser.parseString(
        SummaryJson.write(Summary.empty(new Summary.Stats(0, 0)))).getAsJsonObject();
    assertThat(json.get("tldr").getAsString()).isEmpty();
    assertThat(json.getAsJsonArray("highlights")).isEmpty();
    assertThat(json.getAsJsonArray("openQuestions")).isEmpty();
  }

  @Test
  void mentions_and_markup_characters_are_written_as_they_are() {
    Summary summary = new Summary("<@U1> & <@U2> agreed", List.of(), List.of(), List.of(),
        List.of(), new Summary.Stats(2, 2), null);
    assertThat(SummaryJson.write(summary)).contains("\"<@U1> & <@U2> agreed\"");
  }
}
