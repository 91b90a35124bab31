package org.newsfuse.facts;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.newsfuse.model.Document;
import org.newsfuse.model.EntityMention;
import org.newsfuse.model.EntityType;
import org.newsfuse.model.Sentence;
import org.newsfuse.model.Story;
import org.newsfuse.model.Token;

/** Reads every sentence of a story as a {@link Statement}. */
final class StatementReader {
  private static final int MIN_WORDS = 4;
  private final QuantityExtractor quantities = new QuantityExtractor();

  List<Statement> read(Story story) {
    List<Statement> out = new ArrayList<>();
    List<Document> docs = story.documents();
    for (int d = 0; d < docs.size(); d++) {
      Document doc = docs.get(d);
      for (Sentence s : doc.sentences()) {
        if (s.wordCount() < MIN_WORDS) continue;
        out.add(new Statement(out.size(), d, doc, s, ContentLemmas.of(s), names(doc, s),
            quantities.extract(s, doc.article().text())));
      }
    }
    return out;
  }

  /** Name keys of the people, organisations and places in the sentence. */
  static Set<String> names(Document doc, Sentence s) {
    Set<String> out = new LinkedHashSet<>();
    for (EntityMention m : doc.entities()) {
      if (m.sentenceIndex() == s.index() && m.type() != EntityType.OTHER) out.add(Names.key(m.text()));
    }
    if (!doc.entities().isEmpty()) return out;
    // Without NER, runs of proper nouns stand in for names.
    List<Token> t = s.tokens();
    for (int i = 0; i < t.size(); i++) {
      if (!t.get(i).pos().startsWith("NNP")) continue;
      int last = i;
      while (last + 1 < t.size() && t.get(last + 1).pos().startsWith("NNP")) last++;
      if (i > 0 || last > i) out.add(Names.key(t.get(last).word()));
      i = last;
    }
    return out;
  }
}
