package org.newsfuse.timeline;

import java.util.HashMap;
import java.util.Map;
import org.newsfuse.dedup.SentenceKey;
import org.newsfuse.facts.Statement;
import org.newsfuse.facts.StatementAlignment;

/** Similarity of two timed sentences, read from the story's statement alignment. */
final class SentenceSimilarity {
  private final StatementAlignment alignment;
  private final Map<SentenceKey, Statement> statements = new HashMap<>();

  SentenceSimilarity(StatementAlignment alignment) {
    this.alignment = alignment;
    for (Statement s : alignment.statements()) statements.put(s.key(), s);
  }

  double of(TimedEvent a, TimedEvent b) {
    Statement sa = statements.get(new SentenceKey(a.document().id(), a.sentence().index()));
    Statement sb = statements.get(new SentenceKey(b.document().id(), b.sentence().index()));
    if (sa == null || sb == null) return 0;
    if (sa.id() == sb.id()) return 1;
    return alignment.similarity(sa, sb);
  }
}
