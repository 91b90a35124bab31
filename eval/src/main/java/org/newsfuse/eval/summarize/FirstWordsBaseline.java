package org.newsfuse.eval.summarize;

import java.util.List;
import org.newsfuse.model.Document;
import org.newsfuse.model.Story;

/**
 * The first N words of the articles in their listed order: the strong Multi-News baseline (the
 * articles there are short, so it is mostly every article's lead).
 */
public final class FirstWordsBaseline implements SummarySystem {

  @Override
  public String name() {
    return "first-words";
  }

  @Override
  public List<String> summarize(Story story, int words) {
    StringBuilder out = new StringBuilder();
    int used = 0;
    for (Document d : story.documents()) {
      for (String w : d.article().text().strip().split("\\s+")) {
        if (used >= words) return List.of(out.toString());
        if (w.isEmpty()) continue;
        if (out.length() > 0) out.append(' ');
        out.append(w);
        used++;
      }
    }
    return List.of(out.toString());
  }
}
