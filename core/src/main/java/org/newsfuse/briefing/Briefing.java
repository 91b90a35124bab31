package org.newsfuse.briefing;

import java.util.List;

/** Everything newsfuse says about one story. Serialised as documented in the README. */
public record Briefing(String story, String headline, List<ArticleInfo> articles,
                       List<SummarySentence> summary, List<Fact> facts,
                       List<Disagreement> disagreements, List<TimelineEntry> timeline,
                       List<Entity> entities, List<QuoteEntry> quotes) {
  public Briefing {
    articles = List.copyOf(articles);
    summary = List.copyOf(summary);
    facts = List.copyOf(facts);
    disagreements = List.copyOf(disagreements);
    timeline = List.copyOf(timeline);
    entities = List.copyOf(entities);
    quotes = List.copyOf(quotes);
  }
}
