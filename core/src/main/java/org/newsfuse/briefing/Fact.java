package org.newsfuse.briefing;

import java.util.List;

/**
 * A statement the sources agree on.
 *
 * @param outlets            outlets that carry it
 * @param independentSources how many independent sources support it (wire copy repeated by
 *                           several outlets counts once)
 */
public record Fact(String text, List<SourceRef> sources, List<String> outlets,
                   int independentSources) {
  public Fact {
    sources = List.copyOf(sources);
    outlets = List.copyOf(outlets);
  }
}
