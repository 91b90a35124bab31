package org.newsfuse.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsfuse.model.Article;
import org.newsfuse.model.Document;
import org.newsfuse.model.EntityMention;
import org.newsfuse.model.EntityType;

/**
 * NER mentions are cut at lower-case words that are no part of a name, and typed by their head
 * word and the phrase around them. One shared analysis of an invented report.
 */
class MentionSplitAndTypeTest {
  static final String TEXT = "The ferry Morrow Light left Eastern Quay for Kessel Island at "
      + "dawn. Officials of the Bank of Norland and the Halden Fire and Rescue Service met at the "
      + "Centre for Maritime Studies on Grey Island. The driver was born in the town of Vessmark "
      + "in Tarnow province, officials said. Nobody from the Daily Clarion was on board. "
      + "The Tarnow Post said the Lindqvist Arena would open as a shelter. Harbour master Ilse "
      + "Brandt said the crew were safe. Police said the driver was a Varnist. A Tarnow Post "
      + "reporter saw him.";
  static Document doc;

  @BeforeAll
  static void analyse() {
    doc = new Analyzer().analyze(new Article("m1", "Test Wire", null, "t", null, TEXT, "en", "t"));
  }

  @Test
  void aMentionRunningAcrossAPrepositionIsCutThere() {
    assertThat(doc.entities()).extracting(EntityMention::text)
        .contains("Eastern Quay", "Kessel Island")
        .noneMatch(t -> t.contains(" for Kessel") || t.contains(" at ") || t.contains(" on "));
  }

  @Test
  void particlesInsideNamesStay() {
    assertThat(doc.entities()).extracting(EntityMention::text)
        .contains("Bank of Norland", "Halden Fire and Rescue Service");
  }

  @Test
  void splitterKeepsForAfterAnInstitutionAndCutsItAfterAPlace() {
    assertThat(runs("Centre for Maritime Studies")).containsExactly("Centre for Maritime Studies");
    assertThat(runs("Minister for Harbours")).containsExactly("Minister for Harbours");
    assertThat(runs("Eastern Quay for Kessel Island")).containsExactly("Eastern Quay",
        "Kessel Island");
    assertThat(runs("Tarnow to the Vessmark Islands")).containsExactly("Tarnow",
        "Vessmark Islands");
    assertThat(runs("Charles de Vries")).containsExactly("Charles de Vries");
    assertThat(runs("Yusuf bin Salem")).containsExactly("Yusuf bin Salem");
  }

  private static List<String> runs(String name) {
    List<CoreLabel> tokens = new ArrayList<>();
    for (String w : name.split(" ")) {
      CoreLabel l = new CoreLabel();
      l.setWord(w);
      tokens.add(l);
    }
    List<String> out = new ArrayList<>();
    for (int[] r : NameSplitter.split(tokens, 0, tokens.size())) {
      List<String> words = new ArrayList<>();
      for (int i = r[0]; i < r[1]; i++) words.add(tokens.get(i).word());
      out.add(String.join(" ", words));
    }
    return out;
  }

  @Test
  void headWordsAndPlacePhrasesDecideTheKind() {
    assertThat(doc.entities()).extracting(EntityMention::text, EntityMention::type).contains(
        tuple("Eastern Quay", EntityType.LOCATION),
        tuple("Kessel Island", EntityType.LOCATION),
        tuple("Grey Island", EntityType.LOCATION),
        tuple("Tarnow", EntityType.LOCATION),
        tuple("Daily Clarion", EntityType.ORGANIZATION),
        tuple("Tarnow Post", EntityType.ORGANIZATION),
        tuple("Lindqvist Arena", EntityType.LOCATION));
  }

  @Test
  void theCapitalisedFirstWordOfARoleIsNotAPerson() {
    assertThat(doc.entities()).extracting(EntityMention::text).contains("Ilse Brandt")
        .doesNotContain("Harbour");
  }

  @Test
  void aCapitalisedWordAfterAOrAnIsNoNameUnlessANounFollows() {
    assertThat(doc.entities()).extracting(EntityMention::text).doesNotContain("Varnist");
    assertThat(doc.entities()).filteredOn(m -> m.text().equals("Tarnow Post")).hasSize(2);
  }

  @Test
  void spansStayExact() {
    for (EntityMention m : doc.entities()) {
      assertThat(m.span().textIn(TEXT)).isEqualTo(m.text());
    }
  }
}
