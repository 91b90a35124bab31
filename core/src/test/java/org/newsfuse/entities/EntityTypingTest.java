package org.newsfuse.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsfuse.analyze.Analyzer;
import org.newsfuse.briefing.Entity;
import org.newsfuse.model.Article;
import org.newsfuse.model.EntityType;
import org.newsfuse.model.Story;

/**
 * Outlets, agencies, vessels and words inside quotations in the merged entity list, from an
 * invented two-outlet story analysed by the real {@link Analyzer}.
 */
class EntityTypingTest {
  private static List<Entity> entities;

  @BeforeAll
  static void analyse() {
    Analyzer analyzer = new Analyzer();
    Story story = Story.of("tanker", List.of(
        analyzer.analyze(article("c1", "Evening Sentinel", """
            The tanker Grey Heron ran aground off Vessmark on Monday, the Sentinel has learned. \
            "Thank God, thank God," a crew member shouted as the hull split. Harbour master Ilse \
            Brandt told Reuters the crew were safe. U. N. Envoy Maren Holt called for calm. \
            Pictures shown on the British BBC channel showed the hull.""")),
        analyzer.analyze(article("w1", "Harbour Wire", """
            The Grey Heron, owned by Osterby Shipping, ran aground near Vessmark on Monday. \
            Ilse Brandt said nobody was hurt, Anadolu reported. A sailor said the tanker \
            Grey Heron had lost power. "God help us all," one sailor said. \
            Maren Holt, the envoy, urged calm. The BBC said the crew were rescued by \
            helicopter."""))));
    entities = new EntityMerger().entities(story);
  }

  private static Article article(String id, String outlet, String text) {
    return new Article(id, outlet, null, null, null, text, "en", id);
  }

  private static Optional<Entity> named(String name) {
    return entities.stream().filter(e -> e.name().equals(name) || e.aliases().contains(name))
        .findFirst();
  }

  @Test
  void theStorysOwnOutletAndWireAgenciesAreOrganisations() {
    assertThat(named("Sentinel")).get().extracting(Entity::type)
        .isEqualTo(EntityType.ORGANIZATION);
    assertThat(named("Reuters")).get().extracting(Entity::type)
        .isEqualTo(EntityType.ORGANIZATION);
    assertThat(named("Anadolu")).get().extracting(Entity::type)
        .isEqualTo(EntityType.ORGANIZATION);
  }

  @Test
  void aNationalityAdjectiveBeforeAKnownNameIsNotPartOfIt() {
    Entity bbc = named("BBC").orElseThrow();
    assertThat(bbc.name()).isEqualTo("BBC");
    assertThat(bbc.mentions()).as(entities.toString()).hasSize(2);
    assertThat(entities).extracting(Entity::name).doesNotContain("British BBC");
  }

  @Test
  void wordsOnlyEverSeenInsideQuotationsAreNobody() {
    assertThat(entities).extracting(Entity::name).doesNotContain("God", "Thank God");
    assertThat(entities).noneMatch(e -> e.type() == EntityType.PERSON
        && e.name().contains("God"));
  }

  @Test
  void aNameTheTextCallsAVesselIsNeitherPersonNorCompany() {
    assertThat(named("Grey Heron")).get().extracting(Entity::type).isEqualTo(EntityType.OTHER);
  }

  @Test
  void titlesAfterAnAcronymAreStripped() {
    Entity holt = named("Maren Holt").orElseThrow();
    assertThat(holt.type()).isEqualTo(EntityType.PERSON);
    assertThat(holt.aliases()).noneMatch(a -> a.contains("Envoy") || a.contains("U."));
  }
}
