package org.newsfuse.facts;

import java.util.List;
import java.util.Set;
import org.newsfuse.briefing.SourceRef;
import org.newsfuse.dedup.SentenceKey;
import org.newsfuse.model.Document;
import org.newsfuse.model.Sentence;

/**
 * One sentence of a story, read as a statement: its content lemmas, named things, and the
 * checkable values it states (quantities, outcomes, places, agents, causes).
 *
 * @param id        position of the statement in its story's statement list
 * @param order     position of the document in the story (for stable ordering)
 * @param lemmas    content lemmas (no function words)
 * @param names     normalised names of the entities it mentions ({@link Names#key})
 */
public record Statement(int id, int order, Document document, Sentence sentence, Set<String> lemmas,
                        Set<String> names, List<Quantity> quantities) {
  public Statement {
    lemmas = Set.copyOf(lemmas);
    names = Set.copyOf(names);
    quantities = List.copyOf(quantities);
  }

  public SentenceKey key() {
    return new SentenceKey(document.id(), sentence.index());
  }

  public String outlet() {
    return document.source();
  }

  public SourceRef source() {
    return SourceRef.of(sentence.span(), document.source());
  }

  public String text() {
    return sentence.text();
  }
}
