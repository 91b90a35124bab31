package org.newsfuse.summary;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.newsfuse.analyze.Analyzer;
import org.newsfuse.model.Article;
import org.newsfuse.model.Document;
import org.newsfuse.model.Story;

/**
 * An invented three-outlet story without titles whose outlets each open with their own wording of
 * the same event (a landslide strands a train), sharing few words; the rest of each report adds
 * distinct facts, some carried by several outlets. Analysed once per test JVM.
 */
final class ParaphrasedLeadsStory {

  /** The distinctive opening words of each outlet's lead sentence. */
  static final List<String> LEAD_OPENINGS = List.of("A landslide buried", "A night train was trapped",
      "Mud and rock");

  private static final String POST = "A landslide buried the Ostvik railway near Harnes on "
      + "Thursday, stranding a night train with 160 passengers, the operator said.\n\n"
      + "Rescue crews reached the train within two hours and took everyone to a school by bus.\n\n"
      + "The operator Nordbane said the line would stay closed until at least Monday.\n\n"
      + "Geologists from the county office will inspect the slope on Friday.";

  private static final String DAILY = "A night train was trapped by a landslide on the Ostvik "
      + "line outside Harnes, and its passengers spent hours waiting for rescue.\n\n"
      + "Nobody was hurt, the county police said.\n\n"
      + "The slope had been flagged as unstable in a 2019 survey, councillor Mette Aas said.\n\n"
      + "\"We have warned about this hillside for years,\" Aas said.";

  private static final String HERALD = "Mud and rock from a hillside slide covered the tracks "
      + "near Harnes, leaving a night train and its 160 passengers stuck on the Ostvik line.\n\n"
      + "Nobody was hurt, the county police said.\n\n"
      + "Heavy rain had soaked the hillside for four days before it gave way.\n\n"
      + "Buses will replace trains between Ostvik and Harnes until the line reopens.\n\n"
      + "It was the third landslide on the line since 2020.";

  private static Story story;

  private ParaphrasedLeadsStory() {
  }

  static synchronized Story get() {
    if (story == null) {
      Analyzer analyzer = new Analyzer();
      List<Document> docs = new ArrayList<>();
      docs.add(analyzer.analyze(article("post-1", "Valdner Post", POST, "2031-10-09T21:00:00Z")));
      docs.add(analyzer.analyze(article("daily-1", "Fjord Daily", DAILY, "2031-10-09T22:00:00Z")));
      docs.add(analyzer.analyze(article("herald-1", "Ostvik Herald", HERALD,
          "2031-10-09T23:00:00Z")));
      story = Story.of("harnes-landslide", docs);
    }
    return story;
  }

  private static Article article(String id, String outlet, String text, String published) {
    return new Article(id, outlet, null, null, Instant.parse(published), text, "en", id + ".txt");
  }
}
