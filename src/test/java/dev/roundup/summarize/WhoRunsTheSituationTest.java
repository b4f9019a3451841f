package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Rules with their reach said by whoever runs the situation though they did not open the thread:
 * the one just asked by name, or the one who hands out work that is taken on ({@link
 * RulesTakenUp}, {@link PlansWithWorkHandedOut#handsOutWork}); "noted" takes a rule up; a plan
 * said as the one chosen over another ("… instead") is no view weighed. Beside each, the near miss: a rule the
 * reply objects to, an opinion, a rule from someone nobody asked who hands out nothing, a
 * reported approval.
 */
class WhoRunsTheSituationTest {

  private static final Map<String, String> NAMES = Map.of("U1", "Claire", "U2", "Benoit",
      "U3", "Hugo", "U4", "Mehmet");

  private static List<String> decisions(String... userTextPairs) {
    return DecisionDetector.detect(new PreparedConversation(
        new Conversation("C1", Threads.chat(userTextPairs).messages(), NAMES))).stream()
        .map(d -> d.value().text()).toList();
  }

  @ParameterizedTest(name = "{2}")
  @CsvSource(delimiter = '|', textBlock = """
      the wholesaler is out of the IV antibiotic until mid january | <@U2> can you look at it? | From today every prescription of it outside paediatrics goes through the pharmacy first. | noted
      le grossiste est en rupture jusqu'à mi-janvier | <@U2> tu regardes ? | Dès aujourd'hui, toute prescription hors pédiatrie passe par la pharmacie. | c'est noté
      der Großhändler ist bis Mitte Januar nicht lieferfähig | <@U2> schaust du drauf? | Ab heute geht jede Verordnung außerhalb der Pädiatrie über die Apotheke. | verstanden
      """)
  void a_rule_with_its_reach_from_the_one_asked_by_name_and_taken_up_is_a_decision(
      String opener, String asked, String rule, String reply) {
    assertThat(decisions("U1", opener, "U3", asked, "U2", rule, "U3", reply))
        .anySatisfy(d -> assertThat(d).containsAnyOf("prescription", "Verordnung"));
  }

  @ParameterizedTest(name = "{2}")
  @CsvSource(delimiter = '|', textBlock = """
      the wholesaler is out of the IV antibiotic until mid january | <@U2> can you look at it? | From today every prescription of it outside paediatrics goes through the pharmacy first. | but the night shift has no pharmacist
      le grossiste est en rupture jusqu'à mi-janvier | <@U2> tu regardes ? | Dès aujourd'hui, toute prescription hors pédiatrie passe par la pharmacie. | mais la nuit il n'y a pas de pharmacien
      the wholesaler is out of the IV antibiotic until mid january | <@U2> can you look at it? | I don't think we should ever route every prescription through the pharmacy. | why not?
      the wholesaler is out of the IV antibiotic until mid january | hm | From today every prescription of it outside paediatrics goes through the pharmacy first. | noted
      """)
  void a_rule_objected_to_an_opinion_or_a_rule_from_someone_nobody_asked_is_none(
      String opener, String between, String rule, String reply) {
    assertThat(decisions("U1", opener, "U3", between, "U2", rule, "U3", reply))
        .noneSatisfy(d -> assertThat(d).containsAnyOf("prescription", "pharmacie"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      the sterilizer failed its vacuum test twice this morning | Important: until the test passes, nothing goes through the sterilizer. No exceptions. | sure | and the instruments? | The used sets go to the other site by courier. <@U4> can you book the courier? | will do
      Der Autoklav hat heute früh den Vakuumtest zweimal nicht bestanden | Bis der Test bestanden ist, wird mit dem Gerät nichts aufbereitet. Keine Ausnahmen. | klar | und die Instrumente? | Die benutzten Sets gehen per Kurier zum Lindenplatz. <@U4> kannst du den Kurier organisieren? | mach ich
      l'autoclave a raté le test de vide deux fois ce matin | Jusqu'à ce que le test passe, rien n'est stérilisé avec l'appareil. Aucune exception. | ok | et les instruments ? | Les sets partent par coursier au site de la gare. <@U4> tu peux réserver le coursier ? | je m'en occupe
      """)
  void a_rule_from_the_one_who_hands_out_work_that_is_taken_on_is_a_decision(String opener,
      String rule, String reply, String asked, String handing, String taken) {
    assertThat(decisions("U1", opener, "U2", rule, "U3", reply, "U1", asked, "U2", handing,
        "U4", taken))
        .anySatisfy(d -> assertThat(d).containsAnyOf("nothing goes", "nichts aufbereitet",
            "rien n'est"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      the sterilizer failed its vacuum test twice this morning | Important: until the test passes, nothing goes through the sterilizer. No exceptions. | sure | and the instruments? | The used sets could go to the other site by courier, <@U4> what do you think? | no idea
      Der Autoklav hat heute früh den Vakuumtest zweimal nicht bestanden | Wichtig: solange der Test nicht bestanden ist, wird mit dem Gerät nichts aufbereitet. Keine Ausnahmen. | klar | und die Instrumente? | Die Sets könnten per Kurier zum Lindenplatz, <@U4> was meinst du? | keine Ahnung
      """)
  void a_rule_from_someone_whose_work_is_not_taken_on_is_none(String opener, String rule,
      String reply, String asked, String handing, String answer) {
    assertThat(decisions("U1", opener, "U2", rule, "U3", reply, "U1", asked, "U2", handing,
        "U4", answer))
        .noneSatisfy(d -> assertThat(d).containsAnyOf("nothing goes", "nichts aufbereitet"));
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      what about saturday's launch, the hazy was meant to be on tap 6 | tap 6 gets the west coast instead. <@U4> tell front of house | will do | west coast
      und der Launch am Samstag, das Helle sollte auf Hahn 6 | Hahn 6 bekommt stattdessen das Pils. <@U4> sag bitte dem Service Bescheid | mach ich | Pils
      """)
  void a_plan_chosen_over_another_whose_work_is_taken_on_is_a_decision(
      String opener, String plan, String taken, String word) {
    assertThat(decisions("U1", opener, "U2", plan, "U4", taken))
        .anySatisfy(d -> assertThat(d).contains(word));
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      what about saturday's launch, the hazy was meant to be on tap 6 | tap 6 gets the west coast instead. <@U4> tell front of house | what about the west coast kegs for the pub? | west coast
      und der Launch am Samstag, das Helle sollte auf Hahn 6 | Hahn 6 bekommt stattdessen das Pils. <@U4> sag bitte dem Service Bescheid | nein, das Pils ist aus | Pils
      """)
  void a_plan_whose_work_is_asked_about_or_answered_with_news_is_none(String opener,
      String plan, String answer, String word) {
    assertThat(decisions("U1", opener, "U2", plan, "U4", answer))
        .noneSatisfy(d -> assertThat(d).contains(word));
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      en | approved the hotfix | deploying. thanks all
      pt | aprovei o hotfix | subindo. valeu
      """)
  void an_approval_the_speaker_reports_given_is_no_decision(String lang, String report,
      String next) {
    assertThat(decisions("U1", "<@U2> can you approve my deploy?", "U2", report, "U1", next))
        .noneSatisfy(d -> assertThat(d.toLowerCase()).contains("hotfix"));
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      can we sort out shift swaps, the group chat is a mess | From Monday: all swaps go through me, in writing, with 48h notice. | what about emergency swaps? | swaps
      können wir die Schichttausche regeln, die Gruppe ist ein Chaos | Ab Montag: alle Tausche laufen über mich, schriftlich, 48 Stunden vorher. | und was ist mit Notfällen? | Tausche
      on règle les échanges de garde ? le groupe c'est le bazar | À partir de lundi : tous les échanges passent par moi, par écrit, 48h avant. | et pour les urgences ? | échanges
      arreglamos los cambios de turno? el grupo es un caos | Desde el lunes: todos los cambios pasan por mí, por escrito, con 48h. | ¿y los cambios urgentes? | cambios
      dá pra organizar as trocas de plantão? o grupo tá um caos | A partir de segunda: todas as trocas passam por mim, por escrito, com 48h. | e as trocas de emergência? | trocas
      """)
  void a_rule_from_the_one_things_go_through_asked_only_how_far_it_reaches_is_a_decision(
      String opener, String rule, String followUp, String word) {
    assertThat(decisions("U1", opener, "U2", rule, "U3", followUp))
        .anySatisfy(d -> assertThat(d).contains(word));
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      can we sort out shift swaps, the group chat is a mess | From Monday: all swaps go through me, in writing, with 48h notice. | what about emergency swaps? | no, that won't work for nights | swaps
      can we sort out shift swaps, the group chat is a mess | From Monday all swaps go in writing, with 48h notice. | what about emergency swaps? | good question | swaps
      on règle les échanges de garde ? le groupe c'est le bazar | À partir de lundi : tous les échanges passent par moi, par écrit, 48h avant. | et pour les urgences ? | non, ça ne marchera pas la nuit | échanges
      """)
  void a_rule_objected_to_after_the_question_or_from_someone_who_runs_nothing_is_none(
      String opener, String rule, String followUp, String answer, String word) {
    assertThat(decisions("U1", opener, "U2", rule, "U3", followUp, "U4", answer))
        .noneSatisfy(d -> assertThat(d).contains(word));
  }
}
