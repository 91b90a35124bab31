package org.newsfuse.briefing;

import java.util.List;

/**
 * A point on which the sources differ, and each version with who reports it.
 *
 * @param point what is disputed ("number wounded", "fate of the gunman")
 * @param kind  NUMBER, OUTCOME, WHO, WHERE or HEDGE
 */
public record Disagreement(String point, String kind, List<Version> versions) {
  public Disagreement {
    versions = List.copyOf(versions);
  }

  /** One version of a disputed point. */
  public record Version(String text, String value, List<SourceRef> sources, List<String> outlets) {
    public Version {
      sources = List.copyOf(sources);
      outlets = List.copyOf(outlets);
    }
  }
}
