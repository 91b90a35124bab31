package org.newsfuse.quotes;

import java.util.List;
import org.newsfuse.entities.DocumentTokens;
import org.newsfuse.entities.EntityIndex;
import org.newsfuse.entities.LocatedEntity;
import org.newsfuse.model.EntityType;
import org.newsfuse.model.Token;

/** One document prepared for attribution: tokens, its quoted passages, its entity mentions. */
final class QuoteContext {
  final DocumentTokens tokens;
  final EntityIndex index;
  final List<QuotedSpan> quotes;
  final List<LocatedEntity> mentions;

  QuoteContext(DocumentTokens tokens, EntityIndex index, List<QuotedSpan> quotes) {
    this.tokens = tokens;
    this.index = index;
    this.quotes = quotes;
    this.mentions = index.mentionsIn(tokens.document().id());
  }

  boolean insideQuote(int offset) {
    for (QuotedSpan q : quotes) {
      if (offset >= q.open() && offset < q.close()) return true;
    }
    return false;
  }

  /** The person or organisation mention whose last token is token {@code k}, or null. */
  LocatedEntity mentionEndingAt(int k) {
    Token t = tokens.get(k);
    for (LocatedEntity m : mentions) {
      if (m.span().end() > t.begin() && m.span().end() <= t.end()) {
        EntityType type = m.entity().type();
        if (type == EntityType.PERSON || type == EntityType.ORGANIZATION) return m;
      }
    }
    return null;
  }

  /** The mention covering token {@code k}, or null. */
  LocatedEntity mentionCovering(int k) {
    Token t = tokens.get(k);
    for (LocatedEntity m : mentions) {
      if (m.span().begin() <= t.begin() && t.end() <= m.span().end()) return m;
    }
    return null;
  }

  /** True when a paragraph break lies between tokens {@code a} and {@code b} (a < b). */
  boolean paragraphBreakBetween(int a, int b) {
    String between = tokens.text().substring(tokens.get(a).end(), tokens.get(b).begin());
    return between.indexOf('\n') >= 0;
  }
}
