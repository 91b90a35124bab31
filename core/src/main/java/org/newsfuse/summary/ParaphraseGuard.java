package org.newsfuse.summary;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.newsfuse.embed.SentenceEmbedder;

/**
 * Keeps a summary from telling the same thing twice in different words. Word-pair coverage sees
 * "passenger ferry", "island ferry" and "car ferry" as three new concepts, so several outlets'
 * paraphrased lead sentences can all be chosen; this guard checks the chosen sentences' meaning
 * with sentence embeddings and their {@link CheckableDetails}, and has the selector choose again
 * without the repeat:
 *
 * <ul>
 *   <li>a chosen sentence close in meaning to another chosen one (embedding cosine at least
 *       {@link #SAME_MEANING_COSINE}) that brings no number, name or date the rest of the summary
 *       lacks is dropped; when it is the other of the pair that brings nothing, that one goes, so
 *       the more informative wording stays;
 *   <li>when both bring a detail, the later pick waits in reserve: it returns only when the words
 *       left over can hold nothing else;
 *   <li>a sentence the selector turned down as overlapping a chosen one takes that one's place
 *       when it keeps every detail only the chosen one gave and says more (the chosen one was
 *       merely the shorter, cheaper pick).
 * </ul>
 *
 * Only the chosen sentences are embedded, each once per summary (and the embedder caches texts),
 * so the guard costs a few embeddings per story. Deterministic: decisions follow selection order.
 */
final class ParaphraseGuard {

  /**
   * bge-small cosine from which two sentences of one story count as telling the same thing.
   * Measured on the Ankara reports and the fixture: sentences of one story that say different
   * things mostly score 0.60-0.74 to each other; the outlets' paraphrased lead sentences score
   * 0.77-0.87 to each other (the fixture's two wordings of "the alarm was raised at 06:40" 0.84).
   * But a sentence that shares the event and adds a quote scores 0.80 too: there the checkable
   * details, not the cosine, tell the two apart. (Invented three-outlet leads: 0.78-0.83.)
   */
  static final double SAME_MEANING_COSINE = 0.75;
  /** Every decision removes or defers a candidate; this only bounds pathological inputs. */
  private static final int MAX_ROUNDS = 40;

  private final SentenceEmbedder embedder;
  private final double overlapCosine;

  /**
   * @param overlapCosine the content-word cosine at which the selector turns a sentence down as
   *                      redundant with a chosen one
   */
  ParaphraseGuard(SentenceEmbedder embedder, double overlapCosine) {
    this.embedder = embedder;
    this.overlapCosine = overlapCosine;
  }

  /**
   * The selection {@code selector} makes from {@code candidates}, with paraphrases removed.
   *
   * @param fillFromReserve whether deferred sentences may fill words left at the end (off when
   *                        the selector's last pick deliberately runs past the budget)
   */
  List<Candidate> select(List<Candidate> candidates, int budget, boolean fillFromReserve,
                         Function<List<Candidate>, List<Candidate>> selector) {
    return new Run(candidates, budget).select(fillFromReserve, selector);
  }

  /** One summary's guarding: what has been ruled out, and the vectors and details computed. */
  private final class Run {
    private final List<Candidate> candidates;
    private final int budget;
    private final Set<Candidate> dropped = identitySet();
    private final Set<Candidate> deferred = identitySet();
    private final List<Candidate> deferredInOrder = new ArrayList<>();
    private final List<Candidate[]> triedReplacements = new ArrayList<>();
    private final Map<Candidate, float[]> vectors = new IdentityHashMap<>();
    private final Map<Candidate, CheckableDetails> details = new IdentityHashMap<>();

    Run(List<Candidate> candidates, int budget) {
      this.candidates = candidates;
      this.budget = budget;
    }

    List<Candidate> select(boolean fillFromReserve,
                           Function<List<Candidate>, List<Candidate>> selector) {
      List<Candidate> chosen = new ArrayList<>(selector.apply(pool()));
      for (int round = 0; round < MAX_ROUNDS; round++) {
        Candidate[] replacement = null;
        Candidate repeat = firstRepeat(chosen);
        if (repeat == null) {
          replacement = betterWording(chosen);
          if (replacement == null) break;
          dropped.add(replacement[0]);
          triedReplacements.add(replacement);
        }
        List<Candidate> next = new ArrayList<>(selector.apply(pool()));
        if (replacement != null && !containsSame(next, replacement[1])) {
          dropped.remove(replacement[0]); // the better wording did not make it: keep what we had
          continue;
        }
        chosen = next;
      }
      if (fillFromReserve) fill(chosen);
      return chosen;
    }

    /**
     * Finds the first chosen pair (in selection order) that says the same thing and drops or
     * defers one of it; returns the sentence ruled out, or null when there is no such pair.
     */
    private Candidate firstRepeat(List<Candidate> chosen) {
      embed(chosen);
      for (int j = 1; j < chosen.size(); j++) {
        Candidate later = chosen.get(j);
        for (int i = 0; i < j; i++) {
          Candidate earlier = chosen.get(i);
          if (SentenceEmbedder.cosine(vectors.get(earlier), vectors.get(later))
              < SAME_MEANING_COSINE) {
            continue;
          }
          if (newDetails(later, chosen).isEmpty()) {
            dropped.add(later);
            return later;
          }
          if (newDetails(earlier, chosen).isEmpty()) {
            dropped.add(earlier);
            return earlier;
          }
          deferred.add(later);
          deferredInOrder.add(later);
          return later;
        }
      }
      return null;
    }

    /**
     * A turned-down sentence that overlaps a chosen one, keeps the details only that one gave,
     * says more and fits in its place: {chosen, replacement}, or null.
     */
    private Candidate[] betterWording(List<Candidate> chosen) {
      for (Candidate shorter : chosen) {
        List<Candidate> rest = without(chosen, shorter);
        CheckableDetails only = newDetails(shorter, chosen);
        Candidate best = null;
        int bestGain = newContentWords(shorter, rest);
        for (Candidate c : candidates) {
          if (isOut(c) || containsSame(chosen, c) || tried(shorter, c)) continue;
          if (c.cosine(shorter) < overlapCosine || c.words() > budget) continue;
          if (overlapsAny(c, rest) || !only.within(details(c))) continue;
          int gain = newContentWords(c, rest);
          if (gain > bestGain) {
            bestGain = gain;
            best = c;
          }
        }
        if (best != null) return new Candidate[] {shorter, best};
      }
      return null;
    }

    /** Deferred sentences that still add a detail, while the words left can hold them. */
    private void fill(List<Candidate> chosen) {
      int used = words(chosen);
      while (true) {
        Candidate best = null;
        int bestNew = 0;
        for (Candidate c : deferredInOrder) {
          if (used + c.words() > budget || containsSame(chosen, c) || overlapsAny(c, chosen)) {
            continue;
          }
          int n = newDetailsAgainst(c, chosen).size();
          if (n > bestNew) {
            bestNew = n;
            best = c;
          }
        }
        if (best == null) return;
        chosen.add(best);
        used += best.words();
      }
    }

    private boolean isOut(Candidate c) {
      return dropped.contains(c) || deferred.contains(c);
    }

    private boolean tried(Candidate shorter, Candidate longer) {
      for (Candidate[] pair : triedReplacements) {
        if (pair[0] == shorter && pair[1] == longer) return true;
      }
      return false;
    }

    private List<Candidate> pool() {
      List<Candidate> out = new ArrayList<>(candidates.size());
      for (Candidate c : candidates) {
        if (!isOut(c)) out.add(c);
      }
      return out;
    }

    private boolean overlapsAny(Candidate c, List<Candidate> chosen) {
      for (Candidate s : chosen) {
        if (s.group() == c.group() || c.cosine(s) >= overlapCosine) return true;
      }
      return false;
    }

    /** Details of {@code c} no other chosen sentence has. */
    private CheckableDetails newDetails(Candidate c, List<Candidate> chosen) {
      return newDetailsAgainst(c, without(chosen, c));
    }

    private CheckableDetails newDetailsAgainst(Candidate c, List<Candidate> others) {
      List<CheckableDetails> known = new ArrayList<>(others.size());
      for (Candidate o : others) known.add(details(o));
      return details(c).notIn(known);
    }

    private CheckableDetails details(Candidate c) {
      return details.computeIfAbsent(c, x -> CheckableDetails.of(x.shown()));
    }

    /** Embeds, in one batch, the chosen sentences not embedded yet. */
    private void embed(List<Candidate> chosen) {
      List<Candidate> missing = new ArrayList<>();
      for (Candidate c : chosen) {
        if (!vectors.containsKey(c) && !containsSame(missing, c)) missing.add(c);
      }
      if (missing.isEmpty()) return;
      List<String> texts = new ArrayList<>(missing.size());
      for (Candidate c : missing) texts.add(c.shown().text());
      float[][] v = embedder.embed(texts);
      for (int i = 0; i < missing.size(); i++) vectors.put(missing.get(i), v[i]);
    }
  }

  /** Content words of {@code c} that none of {@code others} uses. */
  private static int newContentWords(Candidate c, List<Candidate> others) {
    int n = 0;
    for (String term : c.content().keySet()) {
      boolean known = false;
      for (Candidate o : others) {
        if (o.content().containsKey(term)) {
          known = true;
          break;
        }
      }
      if (!known) n++;
    }
    return n;
  }

  private static int words(List<Candidate> chosen) {
    int n = 0;
    for (Candidate c : chosen) n += c.words();
    return n;
  }

  private static List<Candidate> without(List<Candidate> list, Candidate c) {
    List<Candidate> out = new ArrayList<>(list.size());
    for (Candidate x : list) {
      if (x != c) out.add(x);
    }
    return out;
  }

  private static boolean containsSame(List<Candidate> list, Candidate c) {
    for (Candidate x : list) {
      if (x == c) return true;
    }
    return false;
  }

  private static Set<Candidate> identitySet() {
    return Collections.newSetFromMap(new IdentityHashMap<>());
  }
}
