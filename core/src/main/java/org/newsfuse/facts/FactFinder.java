package org.newsfuse.facts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsfuse.briefing.Fact;
import org.newsfuse.briefing.SourceRef;
import org.newsfuse.dedup.SentenceKey;
import org.newsfuse.dedup.SourceSupport;
import org.newsfuse.model.Story;

/**
 * The statements a story's sources agree on, with how many independent sources back each. Facts
 * confirmed by several independent outlets come first; a few central single-source statements
 * follow, marked by {@code independentSources == 1}. Statements whose outlets disagree on a value
 * are left to {@link DisagreementFinder}: a fact never silently picks one version.
 */
public final class FactFinder {
  private static final int MIN_WORDS = 6;
  private static final int MAX_WORDS = 60;

  private final int maxFacts;
  private final int maxSingleSource;

  public FactFinder() {
    this(12, 4);
  }

  public FactFinder(int maxFacts, int maxSingleSource) {
    this.maxFacts = maxFacts;
    this.maxSingleSource = maxSingleSource;
  }

  public List<Fact> facts(Story story) {
    return facts(StatementAlignment.of(story));
  }

  public List<Fact> facts(StatementAlignment alignment) {
    Map<Integer, Set<String>> sides = new DisagreementFinder().sides(alignment);
    List<Candidate> candidates = new ArrayList<>();
    for (List<Statement> group : alignment.groups()) {
      if (contradicts(group, sides)) continue;
      Statement rep = representative(group, alignment);
      int words = rep.sentence().wordCount();
      if (words < MIN_WORDS || words > MAX_WORDS || !reported(rep)) continue;
      // no member reads as a sentence of its own (half a quotation, page furniture): not a briefing line
      if (SentenceForm.penalty(rep.text()) >= SentenceForm.FLAW) continue;
      List<SentenceKey> keys = group.stream().map(Statement::key).toList();
      SourceSupport support = alignment.independence().support(keys);
      double centrality = group.stream().mapToDouble(alignment::centrality).max().orElse(0);
      candidates.add(new Candidate(group, rep, support, centrality));
    }
    candidates.sort(Comparator.comparingInt((Candidate c) -> -c.support().independentSources())
        .thenComparingInt(c -> -outletCount(c.group()))
        .thenComparingDouble(c -> -c.centrality())
        .thenComparingInt(c -> c.rep().order())
        .thenComparingInt(c -> c.rep().sentence().index()));
    List<Candidate> chosen = new ArrayList<>();
    int single = 0;
    for (Candidate c : candidates) {
      if (chosen.size() >= maxFacts) break;
      boolean isSingle = c.support().independentSources() <= 1;
      if (isSingle && single >= maxSingleSource) continue;
      // a single-source line that restates a chosen fact adds nothing
      if (isSingle && chosen.stream().anyMatch(
          o -> alignment.similarity(o.rep(), c.rep()) >= StatementAlignment.RELATED * 1.5)) {
        continue;
      }
      chosen.add(c);
      if (isSingle) single++;
    }
    return chosen.stream().map(FactFinder::toFact).toList();
  }

  /** True when two members take different sides of one disagreement. */
  private static boolean contradicts(List<Statement> group, Map<Integer, Set<String>> sides) {
    Map<String, String> versionOf = new java.util.HashMap<>();
    for (Statement s : group) {
      for (String side : sides.getOrDefault(s.id(), Set.of())) {
        String disagreement = side.substring(0, side.indexOf('#'));
        String previous = versionOf.putIfAbsent(disagreement, side);
        if (previous != null && !previous.equals(side)) return true;
      }
    }
    return false;
  }

  private static int outletCount(List<Statement> group) {
    return (int) group.stream().map(Statement::outlet).distinct().count();
  }

  private static Fact toFact(Candidate c) {
    List<SourceRef> sources = c.group().stream().map(Statement::source).sorted().toList();
    Set<String> outlets = new LinkedHashSet<>();
    c.group().forEach(s -> outlets.add(s.outlet()));
    return new Fact(StatementText.clean(c.rep().text()), sources, new ArrayList<>(outlets),
        c.support().independentSources(), c.support().sharedOrigins());
  }

  /**
   * True for a sentence that reports something: not a question, not an imperative or first- or
   * second-person fragment of a quote ("Do not forget Aleppo!", "You will not be safe.") standing
   * without its speaker.
   */
  static boolean reported(Statement s) {
    String text = s.text().strip();
    if (text.endsWith("?")) return false;
    List<org.newsfuse.model.Token> t = s.sentence().tokens();
    int first = 0;
    while (first < t.size() && !Character.isLetterOrDigit(t.get(first).word().codePointAt(0))) first++;
    if (first < t.size() && t.get(first).pos().equals("VB")) return false;
    boolean person = false;
    boolean speech = false;
    for (org.newsfuse.model.Token tok : t) {
      String w = tok.word().toLowerCase(java.util.Locale.ROOT);
      if (PERSONAL.contains(w)) person = true;
      if (SPEECH.contains(tok.lemma())) speech = true;
    }
    return !person || speech;
  }

  private static final Set<String> PERSONAL = Set.of("i", "we", "you", "my", "our", "your", "us",
      "me");
  private static final Set<String> SPEECH = Set.of("say", "tell", "add", "write", "shout",
      "state", "report", "quote");

  /**
   * The member that reads best as a briefing line: members without a flaw ({@link SentenceForm}:
   * complete, balanced quotation marks, no splice or page furniture) if there are any; among them
   * those close to the group's centre (at least half the best summed similarity, so a loosely joined
   * sentence does not speak for the group); then the smallest penalty (a named speaker before "she
   * added"); then the most central; earliest on ties.
   */
  static Statement representative(List<Statement> group, StatementAlignment alignment) {
    int n = group.size();
    double[] centrality = new double[n];
    int[] penalty = new int[n];
    boolean anyClean = false;
    for (int i = 0; i < n; i++) {
      for (Statement o : group) if (o != group.get(i)) centrality[i] += alignment.similarity(group.get(i), o);
      penalty[i] = SentenceForm.penalty(group.get(i).text());
      anyClean |= penalty[i] < SentenceForm.FLAW;
    }
    double most = 0;
    for (int i = 0; i < n; i++) {
      if (!anyClean || penalty[i] < SentenceForm.FLAW) most = Math.max(most, centrality[i]);
    }
    int best = -1;
    for (int i = 0; i < n; i++) {
      if (anyClean && penalty[i] >= SentenceForm.FLAW || centrality[i] < most / 2) continue;
      if (best < 0 || penalty[i] < penalty[best]
          || penalty[i] == penalty[best] && centrality[i] > centrality[best] + 1e-9) {
        best = i;
      }
    }
    return group.get(best);
  }

  private record Candidate(List<Statement> group, Statement rep, SourceSupport support,
                           double centrality) {
  }
}
