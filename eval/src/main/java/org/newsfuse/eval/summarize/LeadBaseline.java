package org.newsfuse.eval.summarize;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.newsfuse.model.Document;
import org.newsfuse.model.Sentence;
import org.newsfuse.model.Story;
import org.newsfuse.summary.WordCount;

/**
 * The lead baseline of DUC: the first sentences of the most recent document (the first listed
 * when no document is dated), up to the budget; the last sentence may run past it.
 */
public final class LeadBaseline implements SummarySystem {

  @Override
  public String name() {
    return "lead";
  }

  @Override
  public List<String> summarize(Story story, int words) {
    Document latest = null;
    for (Document d : story.documents()) {
      Instant p = d.article().published();
      if (latest == null) {
        latest = d;
      } else if (p != null) {
        Instant q = latest.article().published();
        if (q == null || p.isAfter(q)) latest = d;
      }
    }
    List<String> out = new ArrayList<>();
    if (latest == null) return out;
    int used = 0;
    for (Sentence s : latest.sentences()) {
      if (used >= words) break;
      out.add(s.text());
      used += WordCount.of(s.text());
    }
    return out;
  }
}
