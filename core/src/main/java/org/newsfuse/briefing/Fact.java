package org.newsfuse.briefing;

import java.util.List;

/**
 * A statement the sources agree on.
 *
 * @param text               a representative source sentence
 * @param sources            every source sentence that states it
 * @param outlets            outlets that carry it
 * @param independentSources how many independent sources support it (wire copy repeated by
 *                           several outlets counts once)
 * @param sharedOrigin       groups of outlets that carry the same copy (identical or near-identical
 *                           text, or syndicated articles) and so count as one source; empty when
 *                           every outlet reports it independently
 */
public record Fact(String text, List<SourceRef> sources, List<String> outlets,
                   int independentSources, List<List<String>> sharedOrigin) {
  public Fact {
    sources = List.copyOf(sources);
    outlets = List.copyOf(outlets);
    sharedOrigin = sharedOrigin.stream().map(List::copyOf).toList();
  }

  public Fact(String text, List<SourceRef> sources, List<String> outlets,
              int independentSources) {
    this(text, sources, outlets, independentSources, List.of());
  }

  /** True when only one independent source backs it. */
  public boolean singleSource() {
    return independentSources <= 1;
  }
}
