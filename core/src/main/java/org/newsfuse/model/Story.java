package org.newsfuse.model;

import java.time.Instant;
import java.util.List;

/** Documents that report one story, in a stable order. */
public record Story(String id, List<Document> documents, Instant firstPublished,
                   Instant lastPublished) {
  public Story {
    documents = List.copyOf(documents);
  }

  public static Story of(String id, List<Document> documents) {
    Instant first = null;
    Instant last = null;
    for (Document d : documents) {
      Instant p = d.article().published();
      if (p == null) continue;
      if (first == null || p.isBefore(first)) first = p;
      if (last == null || p.isAfter(last)) last = p;
    }
    return new Story(id, documents, first, last);
  }
}
