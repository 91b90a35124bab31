package org.newsfuse.facts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.newsfuse.briefing.Disagreement;
import org.newsfuse.briefing.SourceRef;
import org.newsfuse.entities.EntityIndex;
import org.newsfuse.model.Story;

/**
 * Points on which a story's sources disagree: a number (how many injured, how many shots, an
 * age), an outcome (killed or captured; or "not immediately clear"), who filled a role, where
 * something happened, a hedge against a firm claim (cause unknown vs caused by ...). Every version
 * is shown with its sources; none is picked. Values that can both be true are not a dispute
 * ("more than 200" and "212"; "three" and "3"), nor are values about different things (numbers of
 * different slots, figures of other events named as background).
 */
public final class DisagreementFinder {
  private static final List<String> KIND_ORDER = List.of("NUMBER", "OUTCOME", "WHO", "WHERE",
      "HEDGE");

  public List<Disagreement> disagreements(Story story) {
    return disagreements(StatementAlignment.of(story));
  }

  public List<Disagreement> disagreements(StatementAlignment alignment) {
    return find(alignment).stream().map(Found::disagreement).toList();
  }

  /**
   * As {@link #disagreements(StatementAlignment)}, with names in the points spelled as the story's
   * merged entities spell them ("fate of Tomas Rienholt" becomes "fate of Tomas Reinholt" when the
   * outlets' spellings were merged into that entity).
   */
  public List<Disagreement> disagreements(StatementAlignment alignment, EntityIndex entities) {
    return disagreements(alignment).stream()
        .map(d -> new Disagreement(PointNames.canonical(d.point(), entities), d.kind(), d.versions()))
        .toList();
  }

  /**
   * The sides statements take: for each statement id, "disagreement#version" of every version it
   * supports. Two statements with different versions of one disagreement contradict each other.
   */
  Map<Integer, Set<String>> sides(StatementAlignment alignment) {
    Map<Integer, Set<String>> sides = new java.util.HashMap<>();
    List<Found> found = find(alignment);
    for (int d = 0; d < found.size(); d++) {
      List<List<Claim>> versions = found.get(d).versions();
      for (int v = 0; v < versions.size(); v++) {
        for (Claim c : versions.get(v)) {
          sides.computeIfAbsent(c.statement().id(), k -> new HashSet<>()).add(d + "#" + v);
        }
      }
    }
    return sides;
  }

  private record Found(Disagreement disagreement, List<List<Claim>> versions, int outlets) {
  }

  private List<Found> find(StatementAlignment alignment) {
    OtherEvents other = new OtherEvents();
    Map<String, List<Claim>> bySlot = new TreeMap<>();
    OutcomeClaims outcomes = new OutcomeClaims();
    HedgeClaims hedges = new HedgeClaims();
    WhereClaims places = new WhereClaims();
    WhoClaims agents = new WhoClaims();
    ClockTimeClaims clocks = new ClockTimeClaims();
    List<Claim> all = new ArrayList<>();
    for (Statement s : alignment.statements()) {
      if (other.about(s)) continue;
      if (Boolean.getBoolean("newsfuse.debugClaims")) debug(s, outcomes, hedges, places, agents);
      List<Claim> claims = new ArrayList<>();
      for (Quantity q : s.quantities()) {
        claims.add(new Claim(s, q.slot(), q.label(), "NUMBER", q.text(), q.valueText(), q,
            q.specific()));
      }
      claims.addAll(outcomes.claims(s));
      claims.addAll(hedges.claims(s));
      claims.addAll(places.claims(s));
      claims.addAll(agents.claims(s));
      claims.addAll(places.hospitals(s));
      claims.addAll(clocks.claims(s));
      all.addAll(claims);
    }
    SubjectKeys subjects = new SubjectKeys(all);
    for (Claim c : all) {
      Claim k = subjects.canonical(c);
      bySlot.computeIfAbsent(k.kind() + "|" + k.slot(), x -> new ArrayList<>()).add(k);
    }
    List<Found> found = new ArrayList<>();
    for (List<Claim> claims : bySlot.values()) {
      // one outlet may carry conflicting accounts (a live blog quoting several witnesses); only
      // specific slots are trusted to show that, others need two outlets
      long outlets = claims.stream().map(c -> c.statement().outlet()).distinct().count();
      long sentences = claims.stream().map(c -> c.statement().id()).distinct().count();
      if (sentences < 2 || outlets < 2 && !claims.get(0).specific()) continue;
      for (List<Claim> instance : instances(claims, alignment)) {
        Found f = compare(instance, alignment);
        if (f != null) found.add(f);
      }
    }
    found.sort(Comparator.comparingInt((Found f) -> -f.outlets())
        .thenComparingInt(f -> KIND_ORDER.indexOf(f.disagreement().kind()))
        .thenComparing(f -> f.disagreement().point()));
    return found;
  }

  /**
   * Claims of one slot that are about the same thing. Specific slots (casualties, the fate of the
   * gunman) are one instance per story; others only join claims of related statements.
   */
  private static List<List<Claim>> instances(List<Claim> claims, StatementAlignment alignment) {
    if (claims.get(0).specific()) return List.of(claims);
    int n = claims.size();
    int[] comp = new int[n];
    for (int i = 0; i < n; i++) comp[i] = i;
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        Statement a = claims.get(i).statement();
        Statement b = claims.get(j).statement();
        if (a.id() == b.id() || alignment.aligned(a, b)
            || alignment.similarity(a, b) >= StatementAlignment.RELATED) {
          int ci = comp[i];
          int cj = comp[j];
          for (int k = 0; k < n; k++) if (comp[k] == cj) comp[k] = ci;
        }
      }
    }
    Map<Integer, List<Claim>> groups = new TreeMap<>();
    for (int i = 0; i < n; i++) groups.computeIfAbsent(comp[i], k -> new ArrayList<>()).add(claims.get(i));
    return new ArrayList<>(groups.values());
  }

  /** Versions of one slot instance, or null when its claims are all compatible. */
  private static Found compare(List<Claim> claims, StatementAlignment alignment) {
    // 1. firm versions: claims grouped by equal normalised value (exact numbers, named fates)
    Map<String, List<Claim>> byValue = new TreeMap<>();
    List<Claim> loose = new ArrayList<>();
    for (Claim c : claims) {
      if (c.quantity() != null && !c.quantity().exact()) loose.add(c);
      else byValue.computeIfAbsent(c.norm(), k -> new ArrayList<>()).add(c);
    }
    List<List<Claim>> versions = new ArrayList<>(byValue.values());
    // merge firm versions that are compatible (spellings of one name, overlapping places)
    for (int i = 0; i < versions.size(); i++) {
      for (int j = versions.size() - 1; j > i; j--) {
        if (versions.get(i).get(0).compatibleWith(versions.get(j).get(0))
            && !"OUTCOME".equals(versions.get(i).get(0).kind())) {
          versions.get(i).addAll(versions.remove(j));
        }
      }
    }
    // 2. bounds and ranges: join the one version they fit, stand alone if they fit none
    for (Claim c : loose) {
      List<List<Claim>> fits = versions.stream().filter(v -> v.get(0).compatibleWith(c)).toList();
      if (fits.size() == 1) fits.get(0).add(c);
      else if (fits.isEmpty()) {
        List<List<Claim>> own = versions.stream()
            .filter(v -> v.get(0).quantity() != null && !v.get(0).quantity().exact()
                && v.get(0).norm().equals(c.norm())).toList();
        if (own.isEmpty()) versions.add(new ArrayList<>(List.of(c)));
        else own.get(0).add(c);
      }
    }
    // 3. "injured" is no fate of its own beside killed/captured/unclear; only against "unharmed"
    if ("OUTCOME".equals(claims.get(0).kind())
        && versions.stream().noneMatch(v -> v.get(0).norm().equals("unharmed"))) {
      versions.removeIf(v -> v.get(0).norm().equals("injured"));
    }
    if (!conflicting(versions)) return null;
    versions.sort(Comparator.comparingInt((List<Claim> v) -> -outlets(v).size())
        .thenComparingInt(v -> v.get(0).statement().order())
        .thenComparingInt(v -> v.get(0).statement().sentence().index()));
    Claim first = versions.get(0).get(0);
    List<Disagreement.Version> out = new ArrayList<>();
    Set<String> allOutlets = new LinkedHashSet<>();
    for (List<Claim> v : versions) {
      v.sort(Comparator.comparingInt((Claim c) -> c.statement().order())
          .thenComparingInt(c -> c.statement().sentence().index()));
      List<SourceRef> sources = v.stream().map(c -> c.statement().source()).distinct().sorted()
          .toList();
      List<String> outlets = new ArrayList<>(outlets(v));
      allOutlets.addAll(outlets);
      Claim shown = representative(v, alignment);
      out.add(new Disagreement.Version(StatementText.clean(shown.statement().text()),
          shown.value(), sources, outlets));
    }
    return new Found(new Disagreement(pointOf(first), first.kind(), out), versions,
        allOutlets.size());
  }

  /**
   * The claim that shows a version: the one whose sentence reads best among those central to the
   * version's sentences ({@link FactFinder#representative}), so a version that three outlets word
   * "14 people were taken to" the hospital is not shown by a fourth's "17 people were rushed to" it,
   * and a named speaker is preferred to "she added". Claims arrive in story order.
   */
  private static Claim representative(List<Claim> version, StatementAlignment alignment) {
    List<Statement> statements = version.stream().map(Claim::statement).distinct().toList();
    Statement shown = FactFinder.representative(statements, alignment);
    return version.stream().filter(c -> c.statement() == shown).findFirst().orElse(version.get(0));
  }

  private static void debug(Statement s, OutcomeClaims o, HedgeClaims h, WhereClaims w,
                            WhoClaims a) {
    List<Claim> all = new ArrayList<>();
    all.addAll(o.claims(s));
    all.addAll(h.claims(s));
    all.addAll(w.claims(s));
    all.addAll(a.claims(s));
    all.addAll(w.hospitals(s));
    all.addAll(new ClockTimeClaims().claims(s));
    for (Quantity q : s.quantities()) System.err.println("  Q " + s.outlet() + " " + q);
    for (Claim c : all) {
      System.err.println("  C " + s.outlet() + " " + c.kind() + " " + c.slot() + " = " + c.norm()
          + " [" + c.value() + "]");
    }
  }

  private static String pointOf(Claim c) {
    return c.point();
  }

  /** True when two versions exclude each other and are not carried by the very same outlets. */
  private static boolean conflicting(List<List<Claim>> versions) {
    for (int i = 0; i < versions.size(); i++) {
      for (int j = i + 1; j < versions.size(); j++) {
        Set<String> a = outlets(versions.get(i));
        Set<String> b = outlets(versions.get(j));
        if (!versions.get(i).get(0).compatibleWith(versions.get(j).get(0))) return true;
      }
    }
    return false;
  }

  private static Set<String> outlets(List<Claim> version) {
    Set<String> out = new LinkedHashSet<>();
    for (Claim c : version) out.add(c.statement().outlet());
    return out;
  }
}
