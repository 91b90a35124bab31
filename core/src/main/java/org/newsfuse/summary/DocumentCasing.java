package org.newsfuse.summary;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.newsfuse.model.Document;
import org.newsfuse.model.Sentence;
import org.newsfuse.model.Token;

/**
 * Whether a document keeps normal capitalisation: names in capitals inside sentences. Some web
 * copies lower-case everything after a sentence's first word; there, a sentence or dateline
 * followed by a lower-case word is no sign of a fragment. Remembers the answer per document.
 */
final class DocumentCasing {

  /** Cased English news has several per cent of mid-sentence words capitalised (names). */
  private static final double CASED_SHARE = 0.02;
  private static final int MAX_REMEMBERED = 256;

  private final Map<Document, Boolean> known = new IdentityHashMap<>();

  synchronized boolean isCased(Document d) {
    Boolean cased = known.get(d);
    if (cased != null) return cased;
    if (known.size() >= MAX_REMEMBERED) known.clear();
    int words = 0;
    int capitalised = 0;
    for (Sentence sentence : d.sentences()) {
      List<Token> tokens = sentence.tokens();
      for (int i = 1; i < tokens.size(); i++) {
        String w = tokens.get(i).word();
        if (w.isEmpty() || !Character.isLetter(w.charAt(0))) continue;
        words++;
        if (Character.isUpperCase(w.charAt(0))) capitalised++;
      }
    }
    cased = words == 0 || capitalised >= CASED_SHARE * words;
    known.put(d, cased);
    return cased;
  }
}
