package org.newsfuse.embed;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Bounded least-recently-used map from text to its embedding, shared by all threads. Sentences
 * repeat a lot across the reports of one story (syndicated copy), so each is embedded once.
 */
final class EmbeddingCache {
  private final Map<String, float[]> entries;

  EmbeddingCache(int capacity) {
    this.entries = new LinkedHashMap<>(256, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
        return size() > capacity;
      }
    };
  }

  synchronized float[] get(String text) {
    return entries.get(text);
  }

  synchronized void put(String text, float[] vector) {
    entries.put(text, vector);
  }

  synchronized void clear() {
    entries.clear();
  }

  synchronized int size() {
    return entries.size();
  }
}
