package org.newsfuse.align;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.newsfuse.analyze.Analyzer;
import org.newsfuse.model.Article;
import org.newsfuse.model.Document;
import org.newsfuse.model.Story;

/**
 * An invented four-outlet story for summary and alignment tests: a wire report carried word for
 * word by two outlets (one behind a dateline), an edited copy, an independent report, and sentences
 * a summary must not use (dangling openers, a question, a quotation fragment). Analysed once per
 * test JVM.
 */
public final class InventedStory {

  public static final String WIRE_SENTENCE = "The Kessel Island ferry Marrow Star caught fire in "
      + "Port Linden harbour on Tuesday morning, forcing 212 passengers to evacuate.";

  private static final String WIRE = "PORT LINDEN (Norpress) -- " + WIRE_SENTENCE + "\n\n"
      + "The coast guard said all passengers and 14 crew members were brought ashore safely by "
      + "rescue boats within forty minutes.\n\n"
      + "Investigators believe the fire started in the engine room shortly after the ferry left "
      + "the main pier.\n\n"
      + "He said the cause was still being examined.\n\n"
      + "The harbour was closed to other traffic for six hours while firefighters fought the "
      + "blaze.";

  private static final String COASTLINE = WIRE_SENTENCE + "\n\n"
      + "The coast guard said all passengers and 14 crew members were brought ashore safely by "
      + "rescue boats within forty minutes.\n\n"
      + "But local residents complained that the warning sirens never sounded.\n\n"
      + "What caused the fire?\n\n"
      + "The ferry operator Linden Lines said it would suspend the Kessel Island route until the "
      + "investigation is complete.";

  private static final String GAZETTE = "Smoke rose over Port Linden harbour on Tuesday as the "
      + "ferry Marrow Star burned near the main pier.\n\n"
      + "Investigators believe the fire started in the engine room shortly after the ferry left "
      + "the main pier, officials said.\n\n"
      + "\"We saw flames coming out of the back of the ship,\" said passenger Ilse Varga.\n\n"
      + "Linden Lines said it would suspend the Kessel Island route until the investigation is "
      + "complete.\n\n"
      + "This was the second fire on a Linden Lines vessel in two years.";

  private static final String BEACON = "Firefighters needed six hours to put out the blaze on "
      + "the ferry Marrow Star in Port Linden harbour.\n\n"
      + "The harbour authority said the 212 passengers had all been evacuated and that nobody was "
      + "seriously hurt.\n\n"
      + "However, two crew members were treated for smoke inhalation at Linden General Hospital.\n\n"
      + "\"It was chaos.\n\n"
      + "The Marrow Star was built in 1994 and carries up to 300 passengers between Port Linden "
      + "and Kessel Island.";

  private static Story story;

  private InventedStory() {
  }

  public static synchronized Story get() {
    if (story == null) {
      Analyzer analyzer = new Analyzer();
      List<Document> docs = new ArrayList<>();
      docs.add(analyzer.analyze(article("norpress-1", "Norpress", "Ferry fire in Port Linden "
          + "harbour forces 212 to evacuate", WIRE, "2031-05-06T09:00:00Z")));
      docs.add(analyzer.analyze(article("coastline-1", "Coastline Today", "Ferry Marrow Star "
          + "catches fire in Port Linden harbour | Coastline Today", COASTLINE,
          "2031-05-06T10:00:00Z")));
      docs.add(analyzer.analyze(article("gazette-1", "Kessel Island Gazette", "Marrow Star "
          + "ferry fire: route suspended", GAZETTE, "2031-05-06T12:00:00Z")));
      docs.add(analyzer.analyze(article("beacon-1", "Daily Beacon", "CHAOS AT SEA", BEACON,
          "2031-05-06T15:00:00Z")));
      story = Story.of("marrow-star-fire", docs);
    }
    return story;
  }

  private static Article article(String id, String outlet, String title, String text,
                                 String published) {
    return new Article(id, outlet, null, title, Instant.parse(published), text, "en", id);
  }
}
