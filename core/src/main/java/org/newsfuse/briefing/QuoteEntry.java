package org.newsfuse.briefing;

import java.util.List;

/**
 * A direct quote of the story, one entry however many outlets carry it.
 *
 * @param speaker canonical name of the speaker, or null when no outlet allows a safe attribution
 */
public record QuoteEntry(String text, String speaker, List<SourceRef> sources) {
  public QuoteEntry {
    sources = List.copyOf(sources);
  }
}
