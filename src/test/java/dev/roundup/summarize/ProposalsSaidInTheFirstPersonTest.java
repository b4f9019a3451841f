package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * "je propose une dégustation le 15 mai", "eu proponho uma degustação dia 15", "ich schlage eine
 * Verkostung vor", "試食会を提案します": proposing in the first person puts something to the team;
 * it takes nothing on, so it is no task of the speaker's. The first person that does take work on
 * ("je prépare le devis", "eu reviso o contrato", "ich erledige das", "資料を作成します") still does.
 */
class ProposalsSaidInTheFirstPersonTest {

  @Test
  void proposing_in_the_first_person_is_no_commitment() {
    assertThat(Cues.FRENCH.commitment()
        .matcher("pour le menu je propose une dégustation le 15 mai avec les mariés").find())
        .isFalse();
    assertThat(Cues.PORTUGUESE.commitment()
        .matcher("pro cardápio eu proponho uma degustação dia 15").find()).isFalse();
    assertThat(Cues.GERMAN.commitment().matcher("ich schlage eine Verkostung am 15. Mai vor")
        .find()).isFalse();
    assertThat(Cues.JAPANESE.commitment().matcher("メニューは5月15日に試食会を提案します").find())
        .isFalse();
    assertThat(Threads.actionItems(
        "UCLAIRE", "Mariage Lefèvre confirmé : 180 couverts, samedi 21 juin.",
        "UJULIEN", "pour le menu je propose une dégustation le 15 mai avec les mariés",
        "UTHIBAULT", "le 15 ils peuvent pas, plutôt le 22 mai"))
        .noneMatch(a -> "UJULIEN".equals(a.owner()));
  }

  @Test
  void taking_work_on_in_the_first_person_still_is() {
    assertThat(Cues.FRENCH.commitment().matcher("je prépare le devis pour lundi").find())
        .isTrue();
    assertThat(Cues.PORTUGUESE.commitment().matcher("eu reviso o contrato hoje").find())
        .isTrue();
    assertThat(Cues.GERMAN.commitment().matcher("ich erledige das heute").find()).isTrue();
    assertThat(Cues.JAPANESE.commitment().matcher("資料を作成します。").find()).isTrue();
  }
}
