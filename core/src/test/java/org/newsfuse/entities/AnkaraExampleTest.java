package org.newsfuse.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsfuse.analyze.Analyzer;
import org.newsfuse.briefing.Entity;
import org.newsfuse.briefing.QuoteEntry;
import org.newsfuse.briefing.SourceRef;
import org.newsfuse.model.Article;
import org.newsfuse.model.Document;
import org.newsfuse.model.EntityType;
import org.newsfuse.model.Story;
import org.newsfuse.quotes.QuoteCollector;

/**
 * Structural checks on the five real Ankara 2016 reports in ../shared (skipped when that folder
 * is absent; none of their text is kept here): the victim's and the gunman's spellings each merge
 * into one entry, and the foreign ministry spokeswoman's quotes are attributed to her.
 */
class AnkaraExampleTest {
  private static Story story;
  private static EntityIndex index;

  @BeforeAll
  static void analyse() throws IOException {
    Path dir = findExamples();
    Assumptions.assumeTrue(dir != null, "shared/examples/ankara-2016 not found");
    Analyzer analyzer = new Analyzer();
    List<Document> docs = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        String name = f.getFileName().toString();
        docs.add(analyzer.analyze(new Article(name, "outlet-" + name.substring(0, 3), null, null,
            null, Files.readString(f), "en", f.toString())));
      }
    }
    story = Story.of("ankara-2016", docs);
    index = new EntityMerger().index(story);
  }

  private static Path findExamples() {
    Path p = Path.of("").toAbsolutePath();
    for (; p != null; p = p.getParent()) {
      Path candidate = p.resolve("shared/examples/ankara-2016");
      if (Files.isDirectory(candidate)) return candidate;
    }
    return null;
  }

  @Test
  void spellingsOfTheAmbassadorAreOneEntry() {
    List<Entity> karlov = withAnySpelling(Set.of("karlov", "karlow"));
    assertThat(karlov).hasSize(1);
    Entity e = karlov.get(0);
    assertThat(e.type()).isEqualTo(EntityType.PERSON);
    assertThat(spellings(e)).contains("Karlov", "Karlow", "Andrei Karlov", "Andrey Karlov");
    assertThat(e.outlets()).hasSize(story.documents().size());
    assertThat(e.role()).containsIgnoringCase("ambassador");
  }

  @Test
  void spellingsOfTheGunmanAreOneEntryNamedWithDiacritics() {
    List<Entity> gunman = withAnySpelling(Set.of("altintas"));
    assertThat(gunman).hasSize(1);
    assertThat(gunman.get(0).name()).isEqualTo("Mevlüt Mert Altıntaş");
    assertThat(spellings(gunman.get(0))).contains("Altintas", "Mevlut Mert Altintas");
  }

  @Test
  void theSpokeswomansQuotesAreAttributedToHer() {
    Entity zakharova = index.resolve("Zakharova").orElseThrow();
    List<QuoteEntry> hers = new QuoteCollector().quotes(story, index).stream()
        .filter(q -> zakharova.name().equals(q.speaker())).toList();
    assertThat(hers).hasSizeGreaterThanOrEqualTo(3);
    Set<String> outlets = new TreeSet<>();
    for (QuoteEntry q : hers) q.sources().stream().map(SourceRef::outlet).forEach(outlets::add);
    assertThat(outlets).hasSizeGreaterThanOrEqualTo(2);
  }

  private static List<Entity> withAnySpelling(Set<String> surnames) {
    return index.entities().stream()
        .filter(e -> spellings(e).stream().anyMatch(
            s -> surnames.contains(NameFolder.fold(s.substring(s.lastIndexOf(' ') + 1)))))
        .toList();
  }

  private static List<String> spellings(Entity e) {
    List<String> all = new ArrayList<>(e.aliases());
    all.add(e.name());
    return all;
  }
}
