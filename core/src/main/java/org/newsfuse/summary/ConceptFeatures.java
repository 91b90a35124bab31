package org.newsfuse.summary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsfuse.align.ContentWords;
import org.newsfuse.model.Document;
import org.newsfuse.model.Sentence;
import org.newsfuse.model.Story;
import org.newsfuse.model.Token;

/**
 * What a story's text says about each of its concepts (word pairs and content words, as {@link
 * ConceptWeights} counts them), as numbers a learned {@link ConceptModel} can weigh: how many
 * documents use it, how early they report it, how often, and what kind of words it is made of
 * (names, numbers, verbs). Nothing here names a word: the features describe a concept's use, so a
 * model trained on them carries no vocabulary of its training data.
 */
public final class ConceptFeatures {

  /** The base features, in vector order; each also appears once more, multiplied by "unigram". */
  static final List<String> BASE = List.of("unigram", "docFraction", "logDocs", "singleDoc",
      "threeDocsOrMore", "early", "earliest", "leadDocs", "relativeFirst", "logCount",
      "sentenceFraction", "properNoun", "number", "verb", "quoted", "stopwordPair", "wordLength",
      "logStoryDocs");

  /** All feature names in vector order: the base ones, then the base ones (but the first) × unigram. */
  public static final List<String> NAMES = names();

  private ConceptFeatures() {
  }

  private static List<String> names() {
    List<String> out = new ArrayList<>(BASE);
    for (String b : BASE.subList(1, BASE.size())) out.add(b + "*unigram");
    return List.copyOf(out);
  }

  /** True for a single-content-word concept, false for a word pair. */
  public static boolean isSingleWord(String concept) {
    return concept.startsWith(ConceptWeights.UNIGRAM);
  }

  /** Every concept the document's sentences use (what a reference summary covers, say). */
  public static Set<String> conceptsIn(Document d) {
    Set<String> out = new HashSet<>();
    for (Sentence s : d.sentences()) {
      out.addAll(ConceptWeights.concepts(ContentWords.terms(s), true));
    }
    return out;
  }

  /** The feature vector of every concept of the story (unigram concepts included). */
  public static Map<String, double[]> of(Story story) {
    Map<String, Stats> stats = new HashMap<>();
    int n = story.documents().size();
    int totalSentences = 0;
    for (Document d : story.documents()) {
      int sentences = d.sentences().size();
      totalSentences += sentences;
      Set<String> seenInDoc = new HashSet<>();
      for (int i = 0; i < sentences; i++) {
        Sentence s = d.sentences().get(i);
        List<Token> words = new ArrayList<>(s.tokens().size());
        for (Token t : s.tokens()) {
          if (ContentWords.isWord(t)) words.add(t);
        }
        boolean quoted = isQuoted(s);
        Set<String> seenInSentence = new HashSet<>();
        for (int k = 0; k < words.size(); k++) {
          Token a = words.get(k);
          String ta = ContentWords.term(a);
          if (!ContentWords.isStopword(ta)) {
            count(stats, ConceptWeights.UNIGRAM + ta, List.of(a), List.of(ta), quoted, i,
                sentences, seenInDoc, seenInSentence);
          }
          if (k + 1 == words.size()) break;
          Token b = words.get(k + 1);
          String tb = ContentWords.term(b);
          if (ContentWords.isStopword(ta) && ContentWords.isStopword(tb)) continue;
          count(stats, ta + ' ' + tb, List.of(a, b), List.of(ta, tb), quoted, i, sentences,
              seenInDoc, seenInSentence);
        }
      }
    }
    Map<String, double[]> out = new HashMap<>(stats.size() * 2);
    for (Map.Entry<String, Stats> e : stats.entrySet()) {
      out.put(e.getKey(), e.getValue().vector(n, totalSentences, e.getKey()));
    }
    return out;
  }

  private static void count(Map<String, Stats> stats, String concept, List<Token> tokens,
                            List<String> terms, boolean quoted, int sentence, int sentences,
                            Set<String> seenInDoc, Set<String> seenInSentence) {
    Stats st = stats.computeIfAbsent(concept, c -> new Stats(tokens, terms));
    st.count++;
    if (quoted) st.quoted++;
    if (seenInSentence.add(concept)) st.sentences++;
    if (seenInDoc.add(concept)) {
      st.docs++;
      st.early += 1.0 / (1 + sentence);
      st.earliest = Math.min(st.earliest, sentence);
      if (sentence == 0) st.leadDocs++;
      st.relativeFirst += sentences <= 1 ? 0 : sentence / (double) (sentences - 1);
    }
  }

  private static boolean isQuoted(Sentence s) {
    if (s.startsInQuote()) return true;
    String t = s.text();
    return t.indexOf('"') >= 0 || t.indexOf('\u201C') >= 0 || t.indexOf('\u201D') >= 0;
  }

  /** Running counts for one concept. */
  private static final class Stats {
    final boolean properNoun;
    final boolean number;
    final boolean verb;
    final boolean stopwordPair;
    final double wordLength;
    int docs;
    int count;
    int sentences;
    int quoted;
    int leadDocs;
    int earliest = Integer.MAX_VALUE;
    double early;
    double relativeFirst;

    Stats(List<Token> tokens, List<String> terms) {
      boolean proper = false;
      boolean num = false;
      boolean vb = false;
      for (Token t : tokens) {
        proper |= t.pos().startsWith("NNP") || isNamed(t.ner());
        num |= t.pos().equals("CD");
        vb |= t.pos().startsWith("VB");
      }
      this.properNoun = proper;
      this.number = num;
      this.verb = vb;
      int length = 0;
      int content = 0;
      boolean stop = false;
      for (String term : terms) {
        if (ContentWords.isStopword(term)) {
          stop = true;
        } else {
          length += term.length();
          content++;
        }
      }
      this.stopwordPair = stop;
      this.wordLength = content == 0 ? 0 : length / (double) content / 10.0;
    }

    private static boolean isNamed(String ner) {
      return ner != null && !ner.equals("O") && !ner.equals("NUMBER") && !ner.equals("DATE")
          && !ner.equals("TIME") && !ner.equals("ORDINAL") && !ner.equals("DURATION")
          && !ner.equals("MONEY") && !ner.equals("PERCENT") && !ner.equals("SET");
    }

    double[] vector(int storyDocs, int storySentences, String concept) {
      double unigram = isSingleWord(concept) ? 1 : 0;
      double[] base = {
          unigram,
          docs / (double) storyDocs,
          Math.log(1 + docs),
          docs == 1 ? 1 : 0,
          docs >= 3 ? 1 : 0,
          early / storyDocs,
          1.0 / (1 + earliest),
          leadDocs / (double) storyDocs,
          relativeFirst / docs,
          Math.log(1 + count),
          sentences / (double) Math.max(1, storySentences),
          properNoun ? 1 : 0,
          number ? 1 : 0,
          verb ? 1 : 0,
          quoted / (double) count,
          stopwordPair ? 1 : 0,
          wordLength,
          Math.log(storyDocs),
      };
      double[] out = new double[base.length * 2 - 1];
      System.arraycopy(base, 0, out, 0, base.length);
      for (int i = 1; i < base.length; i++) out[base.length + i - 1] = base[i] * unigram;
      return out;
    }
  }
}
