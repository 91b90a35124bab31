package org.newsfuse.dedup;

import java.util.List;

/**
 * Documents that are copies of one another (syndicated wire copy carried by several outlets with
 * small edits): together they count as one source.
 *
 * @param articles   article ids, in story order
 * @param outlets    their outlets, distinct, in story order
 * @param similarity the lowest estimated shingle containment between a member and the group
 */
public record DuplicateGroup(List<String> articles, List<String> outlets, double similarity) {
  public DuplicateGroup {
    articles = List.copyOf(articles);
    outlets = List.copyOf(outlets);
  }
}
