package org.newsfuse.dedup;

import java.util.List;

/**
 * How independent the sources of one statement are.
 *
 * @param independentSources number of independent sources (wire copy repeated by several outlets
 *                           counts once; one outlet counts once)
 * @param sharedOrigins      groups of two or more outlets that carry the same copy, each group in
 *                           story order
 */
public record SourceSupport(int independentSources, List<List<String>> sharedOrigins) {
  public SourceSupport {
    sharedOrigins = sharedOrigins.stream().map(List::copyOf).toList();
  }
}
