package dev.roundup.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;

/** The one rule an export's people are named by. */
class PersonNamesTest {

  private static JsonObject json(String text) {
    return JsonParser.parseString(text).getAsJsonObject();
  }

  @Test
  void the_display_name_first_then_the_real_name_then_the_user_name_as_slack_shows_people() {
    assertThat(PersonNames.ofUser(json("{\"name\":\"maria\",\"real_name\":\"María García\","
        + "\"profile\":{\"display_name\":\"María\"}}"))).isEqualTo("María");
    assertThat(PersonNames.ofUser(json("{\"name\":\"maria\",\"profile\":{\"display_name\":\" \","
        + "\"real_name\":\"María García\"}}"))).isEqualTo("María García");
    assertThat(PersonNames.ofUser(json("{\"name\":\"maria\",\"profile\":{\"display_name\":\"\"}}")))
        .isEqualTo("maria");
    assertThat(PersonNames.ofUser(json("{\"profile\":{\"real_name\":\"Kim Lee\"}}")))
        .isEqualTo("Kim Lee");
    assertThat(PersonNames.ofUser(json("{\"id\":\"U1\"}"))).isNull();
    assertThat(PersonNames.ofMessage(json("{\"user_profile\":{\"display_name\":\"\","
        + "\"name\":\"gail\",\"real_name\":\"Gail Guest\"}}"))).isEqualTo("Gail Guest");
    assertThat(PersonNames.ofMessage(json("{\"user\":\"U1\"}"))).isNull();
  }

  @Test
  void names_from_users_info_follow_the_same_order() {
    assertThat(PersonNames.preferred("Mo", "Mohammed Ali", "mali")).isEqualTo("Mo");
    assertThat(PersonNames.preferred(" ", "Mohammed Ali", "mali")).isEqualTo("Mohammed Ali");
    assertThat(PersonNames.preferred(null, "", "mali")).isEqualTo("mali");
    assertThat(PersonNames.preferred(null, null, null)).isNull();
  }

  @Test
  void an_empty_top_level_real_name_gives_way_to_the_profiles() {
    assertThat(PersonNames.realName(json("{\"real_name\":\"\",\"profile\":{\"real_name\":\"Kim Lee\"}}")))
        .isEqualTo("Kim Lee");
    assertThat(PersonNames.realName(json("{\"real_name\":\"Kim\",\"profile\":{\"real_name\":\"Kim Lee\"}}")))
        .isEqualTo("Kim");
  }
}
