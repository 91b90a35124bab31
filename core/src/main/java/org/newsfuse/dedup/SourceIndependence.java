package org.newsfuse.dedup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsfuse.model.Document;
import org.newsfuse.model.Story;

/**
 * Tells how many independent sources back a set of sentences of one story. Two supporting
 * sentences are one source when they come from the same outlet, from documents that are copies
 * of one another ({@link DuplicateDetector}), or are themselves copies ({@link SentenceCopies}).
 */
public final class SourceIndependence {
  private final Map<String, Integer> documentGroup = new HashMap<>();
  private final Map<String, String> outletOf = new HashMap<>();
  private final Map<String, Integer> order = new HashMap<>();
  private final SentenceCopies copies;
  private final List<DuplicateGroup> duplicateGroups;

  private SourceIndependence(List<Document> documents) {
    duplicateGroups = new DuplicateDetector().groups(documents);
    for (int i = 0; i < documents.size(); i++) {
      Document d = documents.get(i);
      documentGroup.put(d.id(), i);
      outletOf.put(d.id(), d.source());
      order.put(d.id(), i);
    }
    for (int g = 0; g < duplicateGroups.size(); g++) {
      for (String id : duplicateGroups.get(g).articles()) {
        documentGroup.put(id, documents.size() + g);
      }
    }
    copies = new SentenceCopies(documents);
  }

  public static SourceIndependence of(Story story) {
    return new SourceIndependence(story.documents());
  }

  public static SourceIndependence of(List<Document> documents) {
    return new SourceIndependence(documents);
  }

  public List<DuplicateGroup> duplicateGroups() {
    return duplicateGroups;
  }

  public SentenceCopies copies() {
    return copies;
  }

  /** True when the two sentences cannot count as two independent sources. */
  public boolean sameSource(SentenceKey a, SentenceKey b) {
    return outletOf.get(a.article()).equals(outletOf.get(b.article()))
        || documentGroup.get(a.article()).equals(documentGroup.get(b.article()))
        || copies.sameOrigin(a, b);
  }

  /** Independent support of the given sentences (each from a document of the story). */
  public SourceSupport support(List<SentenceKey> sentences) {
    List<SentenceKey> keys = new ArrayList<>(sentences);
    keys.sort((x, y) -> {
      int c = Integer.compare(order.get(x.article()), order.get(y.article()));
      return c != 0 ? c : Integer.compare(x.sentence(), y.sentence());
    });
    UnionFind sets = new UnionFind(keys.size());
    for (int i = 0; i < keys.size(); i++) {
      for (int j = i + 1; j < keys.size(); j++) {
        if (sameSource(keys.get(i), keys.get(j))) sets.union(i, j);
      }
    }
    int independent = 0;
    List<List<String>> shared = new ArrayList<>();
    for (int root = 0; root < keys.size(); root++) {
      if (sets.find(root) != root) continue;
      independent++;
      Set<String> outlets = new LinkedHashSet<>();
      for (int i = root; i < keys.size(); i++) {
        if (sets.find(i) == root) outlets.add(outletOf.get(keys.get(i).article()));
      }
      if (outlets.size() > 1) shared.add(new ArrayList<>(outlets));
    }
    return new SourceSupport(independent, shared);
  }
}
