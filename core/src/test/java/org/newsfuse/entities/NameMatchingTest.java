package org.newsfuse.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsfuse.model.EntityType;

class NameMatchingTest {
  private final NameMatcher matcher = new NameMatcher();

  @Test
  void foldingRemovesDiacriticsAndLettersWithoutDecomposition() {
    assertThat(NameFolder.fold("Recep Tayyip Erdoğan")).isEqualTo("recep tayyip erdogan");
    assertThat(NameFolder.fold("Mevlüt Mert Altıntaş")).isEqualTo("mevlut mert altintas");
    assertThat(NameFolder.fold("Łukasz Søren Strauß")).isEqualTo("lukasz soren strauss");
    assertThat(NameFolder.hasDiacritics("Dragović")).isTrue();
    assertThat(NameFolder.hasDiacritics("Dragovic")).isFalse();
  }

  @Test
  void parsingStripsTitlesHonorificsAndPossessives() {
    NameForm f = NameForm.parse("Chancellor Angela Merkel's", EntityType.PERSON);
    assertThat(f.display()).isEqualTo("Angela Merkel");
    assertThat(f.titles()).containsExactly("Chancellor");
    assertThat(NameForm.parse("Ms Merkel", EntityType.PERSON).tokens()).containsExactly("merkel");
    assertThat(NameForm.parse("Mr al-Hakim", EntityType.PERSON).tokens()).containsExactly("hakim");
    assertThat(NameForm.parse("U. S. State Department", EntityType.ORGANIZATION).key())
        .isEqualTo(NameForm.parse("U.S. State Department", EntityType.ORGANIZATION).key());
  }

  @ParameterizedTest
  @CsvSource({
      "Zelensky, Zelenskyy", "Gaddafi, Qaddafi", "al-Hakim, al-Hakeem", "Yusuf, Youssef",
      "Karlov, Karlow", "Andrei, Andrey", "Erdogan, Erdoğan", "Reinholt, Rienholt",
      "Altintas, Altıntaş"})
  void spellingVariantsOfOneNameWordMatch(String a, String b) {
    assertThat(matcher.sameWord(fold(a), fold(b))).as(a + " / " + b).isTrue();
  }

  @ParameterizedTest
  @CsvSource({
      "Kirby, Bass", "Maria, Mario", "Zakharov, Zakharova", "John, Joan", "Soylu, Sayli",
      "Ivan, Ivana", "Jan, Jon"})
  void differentNamesDoNotMatch(String a, String b) {
    assertThat(matcher.sameWord(fold(a), fold(b))).as(a + " / " + b).isFalse();
  }

  @Test
  void shorterPersonNameMatchesWhenItIsAnInOrderPartWithTheSameSurname() {
    assertThat(samePerson("Tayyip Erdogan", "Recep Tayyip Erdoğan")).isTrue();
    assertThat(samePerson("Andrei Karlov", "Andrey Gennadyevich Karlov")).isTrue();
    assertThat(samePerson("Youssef al-Hakeem", "Yusuf al-Hakim")).isTrue();
    assertThat(samePerson("M. M. Altintas", "Mevlut Mert Altintas")).isTrue();
    assertThat(samePerson("Boris Johnson", "Lyndon Johnson")).isFalse();
    assertThat(samePerson("Ragip Soylu", "Suleyman Soylu")).isFalse();
    assertThat(samePerson("Maria Zakharova", "Ivan Zakharov")).isFalse();
  }

  private boolean samePerson(String a, String b) {
    return matcher.samePerson(NameForm.parse(a, EntityType.PERSON),
        NameForm.parse(b, EntityType.PERSON));
  }

  private static String fold(String s) {
    return NameForm.comparisonTokens(s, false).get(0);
  }
}
