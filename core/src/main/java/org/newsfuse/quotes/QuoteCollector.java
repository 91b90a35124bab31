package org.newsfuse.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.newsfuse.briefing.QuoteEntry;
import org.newsfuse.briefing.SourceRef;
import org.newsfuse.entities.EntityIndex;
import org.newsfuse.entities.EntityMerger;
import org.newsfuse.entities.NameFolder;
import org.newsfuse.model.Document;
import org.newsfuse.model.Quote;
import org.newsfuse.model.Story;

/**
 * The quotes of a story, one entry per quote however many outlets carry it. Two quotes are the
 * same when their content-word sets overlap: at least {@value #MIN_SHARED} shared words covering
 * {@value #MIN_CONTAINMENT} of the shorter one (so a fragment joins the full quote and small
 * differences of wording or translation do not split it), or identical word sets for quotes too
 * short for that; never when both are attributed to different speakers.
 */
public final class QuoteCollector {
  static final int MIN_SHARED = 3;
  static final double MIN_CONTAINMENT = 0.5;
  private static final Set<String> FUNCTION_WORDS = Set.of("a", "an", "the", "of", "to", "in",
      "on", "at", "for", "and", "or", "but", "is", "are", "was", "were", "be", "been", "am", "it",
      "this", "that", "these", "those", "we", "you", "i", "he", "she", "they", "me", "him", "her",
      "us", "them", "our", "your", "my", "his", "their", "its", "with", "as", "by", "from",
      "will", "would", "have", "has", "had", "do", "does", "did", "so", "there", "what", "who",
      "which", "s", "d", "all", "can", "could", "if", "up", "out", "about", "into", "than");
  private final QuoteFinder finder = new QuoteFinder();

  public List<QuoteEntry> quotes(Story story) {
    return quotes(story, new EntityMerger().index(story));
  }

  public List<QuoteEntry> quotes(Story story, EntityIndex index) {
    List<Found> found = new ArrayList<>();
    for (int d = 0; d < story.documents().size(); d++) {
      Document doc = story.documents().get(d);
      for (Quote q : finder.find(doc, index)) {
        found.add(new Found(d, doc.source(), q, words(q.text())));
      }
    }
    // Each quote joins the first group whose opening quote it matches (no chaining through a
    // long quote that contains two different shorter ones).
    List<List<Found>> groups = new ArrayList<>();
    for (Found f : found) {
      List<Found> home = null;
      for (List<Found> g : groups) {
        if (same(g.get(0), f) && compatible(g, f)) {
          home = g;
          break;
        }
      }
      if (home == null) {
        home = new ArrayList<>();
        groups.add(home);
      }
      home.add(f);
    }
    List<Ranked> entries = new ArrayList<>();
    for (List<Found> g : groups) entries.add(entry(g));
    entries.sort(Comparator.comparingInt((Ranked r) -> -r.outlets)
        .thenComparing(r -> r.entry.speaker() == null)
        .thenComparingInt(r -> r.firstDoc)
        .thenComparingInt(r -> r.firstOffset));
    List<QuoteEntry> out = new ArrayList<>();
    for (Ranked r : entries) out.add(r.entry);
    return out;
  }

  private record Found(int docIndex, String outlet, Quote quote, Set<String> words) {
  }

  private record Ranked(QuoteEntry entry, int outlets, int firstDoc, int firstOffset) {
  }

  private static boolean same(Found a, Found b) {
    Set<String> shared = new HashSet<>(a.words());
    shared.retainAll(b.words());
    int smaller = Math.min(a.words().size(), b.words().size());
    if (smaller == 0) return false;
    if (smaller < MIN_SHARED) return a.words().equals(b.words());
    return shared.size() >= MIN_SHARED && shared.size() >= MIN_CONTAINMENT * smaller;
  }

  /** A group never holds two different named speakers. */
  private static boolean compatible(List<Found> group, Found f) {
    String speaker = f.quote().speaker();
    if (speaker == null) return true;
    for (Found g : group) {
      if (g.quote().speaker() != null && !g.quote().speaker().equals(speaker)) return false;
    }
    return true;
  }

  private static Ranked entry(List<Found> group) {
    Found best = group.get(0);
    double bestCover = -1;
    for (Found f : group) {
      double cover = 0;
      for (Found o : group) {
        if (o == f || o.words().isEmpty()) continue;
        Set<String> shared = new HashSet<>(f.words());
        shared.retainAll(o.words());
        cover += (double) shared.size() / o.words().size();
      }
      if (cover > bestCover + 1e-9
          || Math.abs(cover - bestCover) < 1e-9 && f.words().size() > best.words().size()) {
        best = f;
        bestCover = cover;
      }
    }
    String speaker = null;
    for (Found f : group) {
      if (f.quote().speaker() != null) {
        speaker = f.quote().speaker();
        break;
      }
    }
    List<SourceRef> sources = new ArrayList<>();
    Set<String> outlets = new TreeSet<>();
    for (Found f : group) {
      sources.add(SourceRef.of(f.quote().span(), f.outlet()));
      outlets.add(f.outlet());
    }
    sources.sort(Comparator.naturalOrder());
    Found first = group.get(0);
    return new Ranked(new QuoteEntry(best.quote().text(), speaker, sources), outlets.size(),
        first.docIndex(), first.quote().span().begin());
  }

  /**
   * Folded content words with contractions spelled out, so "Don't" and "Do not" compare equal;
   * function words are left out so that "we will" does not make two quotes alike. "not" stays.
   */
  static Set<String> words(String text) {
    String t = NameFolder.fold(text).toLowerCase(Locale.ROOT)
        .replace("won't", "will not").replace("can't", "can not").replace("n't", " not")
        .replace("'ll", " will").replace("'re", " are").replace("'ve", " have")
        .replace("'m", " am");
    Set<String> out = new TreeSet<>();
    for (String w : t.split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty() && !FUNCTION_WORDS.contains(w)) out.add(w);
    }
    return out;
  }
}
