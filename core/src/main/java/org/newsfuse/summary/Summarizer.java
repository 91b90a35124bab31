package org.newsfuse.summary;

import java.util.ArrayList;
import java.util.List;
import org.newsfuse.align.SentenceAligner;
import org.newsfuse.align.SentenceGroup;
import org.newsfuse.align.SentenceRef;
import org.newsfuse.briefing.SourceRef;
import org.newsfuse.briefing.SummarySentence;
import org.newsfuse.embed.SentenceEmbedder;
import org.newsfuse.model.Document;
import org.newsfuse.model.Story;

/**
 * Extractive multi-document summary of a story within a word budget. Sentences several outlets
 * carry are aligned into one group first, so each appears once with every source. Among
 * self-contained sentences, it picks those that together cover the most widely reported concepts
 * ({@link ConceptWeights}) without repeating each other ({@link BudgetedSelector}), and orders them
 * by time and document position. Deterministic: the same story gives the same summary.
 */
public final class Summarizer {

  public static final int DEFAULT_WORDS = 100;

  private final SummarizerSettings settings;
  private final SentenceAligner aligner;
  private final SentenceTrimmer trimmer;
  private final SentenceQuality quality;
  /**
   * How concepts are valued beyond counting; null: as the settings say (the bundled model when
   * {@code learnedConcepts} is above 0, counting alone otherwise).
   */
  private final ConceptValue conceptValue;
  /** Null unless built by {@link #withParaphraseGuard}. */
  private final ParaphraseGuard paraphrases;

  public Summarizer() {
    this(SummarizerSettings.defaults());
  }

  public Summarizer(SummarizerSettings settings) {
    this(settings, new SentenceAligner());
  }

  public Summarizer(SummarizerSettings settings, SentenceAligner aligner) {
    this(settings, aligner, null, null);
  }

  private Summarizer(SummarizerSettings settings, SentenceAligner aligner,
                     ConceptValue conceptValue, ParaphraseGuard paraphrases) {
    this.settings = settings;
    this.aligner = aligner;
    this.conceptValue = conceptValue;
    this.paraphrases = paraphrases;
    DocumentCasing casing = new DocumentCasing();
    this.trimmer =
        new SentenceTrimmer(settings.trimAdverbials(), settings.trimAttributions(), casing);
    this.quality = new SentenceQuality(settings.minWords(), settings.maxWords(), casing);
  }

  /** A summary of at most {@code words} words (unless the settings allow the last to overflow). */
  public List<SummarySentence> summarize(Story story, int words) {
    return summarize(story, aligner.align(story), words);
  }

  /** As {@link #summarize(Story, int)}, reusing an alignment the caller already has. */
  public List<SummarySentence> summarize(Story story, List<SentenceGroup> groups, int words) {
    ConceptWeights weights = conceptWeights(story);
    List<Candidate> candidates = candidates(story, groups, weights);
    List<Candidate> chosen = new BudgetedSelector(settings, weights).select(candidates, words);
    if (paraphrases != null) {
      chosen = paraphrases.select(candidates, words, !settings.overflowLast(),
          pool -> new BudgetedSelector(settings, weights).select(pool, words));
    }
    List<Candidate> ordered = SummaryOrder.order(story, chosen, settings.overflowLast());
    List<SummarySentence> out = new ArrayList<>(ordered.size());
    for (Candidate c : ordered) out.add(toSummarySentence(story, c));
    return out;
  }

  ConceptWeights conceptWeights(Story story) {
    ConceptWeights weights = ConceptWeights.of(story, settings.minDocFrequency(),
        settings.rareConceptWeight(), settings.unigramWeight(), settings.earlyConceptBoost());
    // A single article, or sources that share no wording: every concept of the text counts.
    if (weights.isEmpty()) {
      weights =
          ConceptWeights.of(story, 1, 0, settings.unigramWeight(), settings.earlyConceptBoost());
    }
    ConceptValue value = conceptValue;
    if (value == null && settings.learnedConcepts() > 0) {
      value = ConceptValue.learned(ConceptModel.bundled(), settings.learnedConcepts());
    }
    return value == null ? weights : weights.reweighted(ConceptFeatures.of(story), value);
  }

  /**
   * One candidate per group that has a usable member, shown through its fittest member (the
   * representative when it is as fit as any).
   */
  List<Candidate> candidates(Story story, List<SentenceGroup> groups, ConceptWeights weights) {
    List<Candidate> out = new ArrayList<>();
    StoryCentroid centroid = settings.centralityWeight() > 0 ? new StoryCentroid(story) : null;
    for (SentenceGroup g : groups) {
      TrimmedSentence shown = trim(story, g.representative());
      double fitness = quality.fitness(shown, settings.flawedSentenceWeight());
      for (SentenceRef r : g.members()) {
        if (fitness >= 1.0) break;
        if (r.equals(g.representative())) continue;
        TrimmedSentence t = trim(story, r);
        double f = quality.fitness(t, settings.flawedSentenceWeight());
        if (f > fitness) {
          shown = t;
          fitness = f;
        }
      }
      if (fitness <= 0) continue;
      Candidate c = Candidate.of(story, g, shown, fitness, weights);
      out.add(centroid == null ? c : c.withCentrality(centroid.centrality(c)));
    }
    return out;
  }

  private TrimmedSentence trim(Story story, SentenceRef r) {
    return trimmer.trim(r.documentIn(story), r.in(story));
  }

  private SummarySentence toSummarySentence(Story story, Candidate c) {
    List<SourceRef> sources = new ArrayList<>();
    sources.add(SourceRef.of(c.shown().span(), c.shown().document().source()));
    for (SentenceRef r : c.group().members()) {
      if (r.in(story) == c.shown().sentence()) continue;
      Document d = r.documentIn(story);
      sources.add(SourceRef.of(trim(story, r).span(), d.source()));
    }
    return new SummarySentence(c.shown().text(), sources);
  }

  /**
   * This summarizer, also checking that no two chosen sentences say the same thing in different
   * words (by sentence embeddings; see {@link ParaphraseGuard}). Briefings use it; the benchmark
   * runs without it (it costs a few embeddings per story and leaves ROUGE unchanged).
   */
  public Summarizer withParaphraseGuard(SentenceEmbedder embedder) {
    return new Summarizer(settings, aligner, conceptValue,
        new ParaphraseGuard(embedder, settings.redundancyCosine()));
  }

  /**
   * This summarizer weighing concepts with another learned model (one trained without the story
   * at hand, say, for cross-validation); its settings' {@code learnedConcepts} must be above 0.
   */
  public Summarizer withConceptModel(ConceptModel model) {
    if (settings.learnedConcepts() <= 0) {
      throw new IllegalStateException("these settings do not use a learned concept model");
    }
    return withConceptValue(ConceptValue.learned(model, settings.learnedConcepts()));
  }

  /** This summarizer valuing concepts another way (see {@link ConceptValue}). */
  public Summarizer withConceptValue(ConceptValue value) {
    return new Summarizer(settings, aligner, value, paraphrases);
  }
}
