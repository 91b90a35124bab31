package org.newsfuse.eval.summarize;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsfuse.model.Document;
import org.newsfuse.model.Story;
import org.newsfuse.summary.ConceptFeatures;
import org.newsfuse.summary.ConceptValue;
import org.newsfuse.summary.Summarizer;
import org.newsfuse.summary.SummarizerSettings;

/**
 * An upper bound, not a system: newsfuse's selection with each concept weighted by how many of
 * the story's reference summaries use it (single words at the settings' unigram weight), so it
 * measures what perfect concept weights would be worth to this selection. It cheats by design
 * and must never be reported as a summarizer's score.
 */
public final class ConceptOracle {

  private ConceptOracle() {
  }

  /**
   * Two rows: the oracle with newsfuse's default lead and centroid priors, and without them (the
   * concepts alone decide).
   */
  public static List<SummarySystem> systems(List<Story> stories, List<List<Document>> references) {
    SummarizerSettings withPriors = SummarizerSettings.defaults().withOverflowLast(true);
    SummarizerSettings withoutPriors = withPriors.withPositionWeight(0).withCentralityWeight(0);
    return List.of(system("oracle-concepts", withPriors, stories, references),
        system("oracle-concepts-no-priors", withoutPriors, stories, references));
  }

  private static SummarySystem system(String name, SummarizerSettings settings,
                                      List<Story> stories, List<List<Document>> references) {
    Summarizer base = new Summarizer(settings);
    Map<String, Summarizer> byStory = new HashMap<>();
    for (int i = 0; i < stories.size(); i++) {
      Map<String, Integer> used = referencesUsing(references.get(i));
      double unigram = settings.unigramWeight();
      byStory.put(stories.get(i).id(), base.withConceptValue((concept, counted, features) ->
          used.getOrDefault(concept, 0) * (ConceptFeatures.isSingleWord(concept) ? unigram : 1)));
    }
    return new PerStorySystem(name, byStory);
  }

  /** Concept to the number of references that use it. */
  private static Map<String, Integer> referencesUsing(List<Document> references) {
    Map<String, Integer> out = new HashMap<>();
    for (Document r : references) {
      for (String c : ConceptFeatures.conceptsIn(r)) out.merge(c, 1, Integer::sum);
    }
    return out;
  }
}
