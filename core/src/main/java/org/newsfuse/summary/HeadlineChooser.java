package org.newsfuse.summary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsfuse.align.ContentWords;
import org.newsfuse.align.SentenceAligner;
import org.newsfuse.model.Document;
import org.newsfuse.model.Sentence;
import org.newsfuse.model.Story;

/**
 * A headline for a story: the most representative of the articles' titles (the one whose words the
 * other titles and the story's text share most), or, when no article has a title, the story's most
 * central self-contained sentence.
 */
public final class HeadlineChooser {

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  /** " | Outlet", " - Outlet" tails that sites append to titles. */
  private static final Pattern SITE_TAIL = Pattern.compile("\\s+[|\u2013\u2014-]\\s+[^|]{1,40}$");

  public String headline(Story story) {
    List<String> titles = new ArrayList<>();
    for (Document d : story.documents()) {
      String t = d.article().title();
      if (t != null && !t.isBlank()) titles.add(cleanTitle(t, d.source()));
    }
    if (!titles.isEmpty()) return mostRepresentativeTitle(story, titles);
    String central = mostCentralSentence(story);
    // A headline carries no full stop (and so stays a verbatim prefix of its sentence even when
    // the trimmer closed a cut sentence with one).
    return central == null ? story.id() : central.replaceFirst("\\.$", "");
  }

  private static String cleanTitle(String title, String outlet) {
    String t = title.replaceAll("\\s+", " ").strip();
    Matcher m = SITE_TAIL.matcher(t);
    if (m.find() && m.start() > 15) {
      String tail = t.substring(m.start()).replaceFirst("^\\s+[|\u2013\u2014-]\\s+", "");
      boolean outletName = tail.equalsIgnoreCase(outlet) || t.charAt(m.start() + 1) == '|';
      if (outletName) t = t.substring(0, m.start()).strip();
    }
    return t;
  }

  private static String mostRepresentativeTitle(Story story, List<String> titles) {
    Map<String, Integer> storyDf = documentFrequencies(story);
    List<Set<String>> words = new ArrayList<>();
    for (String t : titles) words.add(titleWords(t));
    String best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < titles.size(); i++) {
      Set<String> w = words.get(i);
      if (w.isEmpty()) continue;
      double agreement = 0;
      for (int j = 0; j < titles.size(); j++) {
        if (j != i) agreement += overlap(w, words.get(j));
      }
      double support = 0;
      for (String x : w) support += storyDf.getOrDefault(x, 0);
      support /= (double) w.size() * Math.max(1, story.documents().size());
      double score = agreement + support;
      if (score > bestScore + 1e-12) {
        bestScore = score;
        best = titles.get(i);
      }
    }
    return best == null ? titles.get(0) : best;
  }

  private static double overlap(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) return 0;
    int shared = 0;
    for (String x : a) {
      if (b.contains(x)) shared++;
    }
    return shared / (double) (a.size() + b.size() - shared);
  }

  /** Content words of a title, crudely normalised to match lemmas (lower case, no plural -s). */
  private static Set<String> titleWords(String title) {
    Set<String> out = new HashSet<>();
    Matcher m = WORD.matcher(title.toLowerCase(Locale.ROOT));
    while (m.find()) {
      String w = m.group();
      if (!ContentWords.isStopword(w)) out.add(singular(w));
    }
    return out;
  }

  private static Map<String, Integer> documentFrequencies(Story story) {
    Map<String, Integer> df = new HashMap<>();
    for (Document d : story.documents()) {
      Set<String> seen = new HashSet<>();
      for (Sentence s : d.sentences()) {
        for (String w : ContentWords.of(s)) seen.add(singular(w));
      }
      for (String w : seen) df.merge(w, 1, Integer::sum);
    }
    return df;
  }

  private static String singular(String w) {
    return w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") ? w.substring(0, w.length() - 1)
        : w;
  }

  /**
   * The most central sentence that reads as a headline ({@link HeadlineSentence}): the highest
   * concept weight per word, lead prior included, as the summary's selection weighs a first pick.
   * Failing that, the most central self-contained sentence.
   */
  private static String mostCentralSentence(Story story) {
    Summarizer summarizer = new Summarizer(SummarizerSettings.counted(), new SentenceAligner());
    ConceptWeights weights = summarizer.conceptWeights(story);
    List<Candidate> candidates =
        summarizer.candidates(story, new SentenceAligner().align(story), weights);
    Candidate best = null;
    double bestScore = -1;
    BudgetedSelector scorer = new BudgetedSelector(SummarizerSettings.counted(), weights);
    for (boolean strict : new boolean[] {true, false}) {
      for (Candidate c : candidates) {
        if (strict && (c.fitness() < 1.0 || !HeadlineSentence.readsAsHeadline(c.shown()))) continue;
        double score = c.fitness() * scorer.gain(c, Set.of()) / Math.max(1, c.words());
        if (score > bestScore + 1e-12) {
          bestScore = score;
          best = c;
        }
      }
      if (best != null) break;
    }
    return best == null ? null : best.shown().text();
  }
}
