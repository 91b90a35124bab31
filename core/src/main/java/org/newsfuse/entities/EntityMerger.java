package org.newsfuse.entities;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.newsfuse.briefing.Entity;
import org.newsfuse.briefing.SourceRef;
import org.newsfuse.model.Document;
import org.newsfuse.model.EntityMention;
import org.newsfuse.model.EntityType;
import org.newsfuse.model.Sentence;
import org.newsfuse.model.Story;
import org.newsfuse.model.Token;

/**
 * Merges the NER mentions of a story into one entry per real person, organisation or place,
 * whatever the spelling, and ranks the entries by importance to the story.
 *
 * <p>Order of work: drop NER junk; give every spelling the type most of its mentions have; group
 * full person names that {@link NameMatcher#samePerson} allows (a name matching two groups
 * starts its own: ambiguous names are not merged); attach each surname-only mention to the one
 * full name with that surname in its article, else in the story; group organisations and places
 * word by word. Every ordering is by text position or name, so the result is deterministic.
 */
public final class EntityMerger {
  private static final Set<String> VESSELS = Set.of("ferry", "ship", "vessel", "boat", "tanker",
      "yacht", "liner", "freighter", "trawler", "frigate", "destroyer", "submarine", "carrier",
      "plane", "aircraft", "airliner", "jet", "helicopter", "train", "rocket", "satellite");
  /** A capitalised nationality adjective: Turkish, British, Russian, Chinese, French, Iraqi. */
  private static final Pattern NATIONALITY =
      Pattern.compile("\\p{Lu}\\p{Ll}+(?:ish|ian|ean|ese|can|ch|i)");
  private final NameMatcher matcher = new NameMatcher();

  /** The merged entities of {@code story}, most important first. */
  public List<Entity> entities(Story story) {
    return index(story).entities();
  }

  /** The merged entities of {@code story} with lookups for quote attribution. */
  public EntityIndex index(Story story) {
    List<NamedMention> mentions = collect(story);
    harmoniseTypes(mentions);
    List<Cluster> clusters = new ArrayList<>();
    clusterFullPersonNames(mentions, clusters);
    List<Cluster> fullNames = new ArrayList<>(clusters);
    retypeMisspeltSurnames(mentions, fullNames);
    clusterByName(mentions, clusters, EntityType.ORGANIZATION);
    clusterByName(mentions, clusters, EntityType.LOCATION);
    clusterSurnames(mentions, fullNames, clusters);
    return build(story, clusters);
  }

  private record NamedMention(Document doc, int docIndex, EntityMention mention, NameForm name,
                              EntityType[] type) {
    EntityType effectiveType() {
      return type[0];
    }
  }

  private static final class Cluster {
    final EntityType type;
    final List<NamedMention> members = new ArrayList<>();

    Cluster(EntityType type) {
      this.type = type;
    }

    boolean inDocument(int docIndex) {
      for (NamedMention m : members) {
        if (m.docIndex() == docIndex) return true;
      }
      return false;
    }
  }

  private static List<NamedMention> collect(Story story) {
    OutletNames outlets = new OutletNames(story);
    List<NamedMention> out = new ArrayList<>();
    for (int d = 0; d < story.documents().size(); d++) {
      Document doc = story.documents().get(d);
      List<EntityMention> sorted = new ArrayList<>(doc.entities());
      sorted.sort(Comparator.comparing(EntityMention::span));
      for (EntityMention m : sorted) {
        if (!MentionFilter.keep(m)) continue;
        NameForm outlet = outlets.outletForm(m, doc.article().text());
        if (outlet != null) {
          // An outlet or agency is an organisation whatever NER said ("the Beacon understands").
          EntityMention org = new EntityMention(m.span(), m.text(), EntityType.ORGANIZATION,
              m.sentenceIndex());
          out.add(new NamedMention(doc, d, org, outlet,
              new EntityType[] {EntityType.ORGANIZATION}));
          continue;
        }
        out.add(new NamedMention(doc, d, m, NameForm.parse(m.text(), m.type()),
            new EntityType[] {m.type()}));
      }
    }
    return withoutNationalityPrefixes(out);
  }

  /**
   * "the British BBC", "Turkish Anadolu": NER takes a nationality adjective before a name into
   * the name. When the rest is itself a name of the story, the mention is that name.
   */
  private static List<NamedMention> withoutNationalityPrefixes(List<NamedMention> mentions) {
    Map<String, EntityType> typeByKey = new TreeMap<>();
    for (NamedMention m : mentions) {
      if (m.mention().type() != EntityType.PERSON) {
        typeByKey.putIfAbsent(m.name().key(), m.mention().type());
      }
    }
    List<NamedMention> out = new ArrayList<>(mentions.size());
    for (NamedMention m : mentions) {
      List<String> words = m.name().tokens();
      String first = m.name().display().split(" ")[0];
      if (words.size() >= 2 && NATIONALITY.matcher(first).matches()) {
        List<String> rest = words.subList(1, words.size());
        EntityType type = typeByKey.get(String.join(" ", rest));
        if (type != null) {
          EntityMention retyped = new EntityMention(m.mention().span(), m.mention().text(), type,
              m.mention().sentenceIndex());
          out.add(new NamedMention(m.doc(), m.docIndex(), retyped,
              new NameForm(m.name().display().substring(first.length()).strip(), rest,
                  m.name().titles()),
              new EntityType[] {type}));
          continue;
        }
      }
      out.add(m);
    }
    return out;
  }

  /** A spelling NER tags differently in different places gets the type most places give it. */
  private static void harmoniseTypes(List<NamedMention> mentions) {
    Map<String, EnumMap<EntityType, Integer>> votes = new HashMap<>();
    for (NamedMention m : mentions) {
      votes.computeIfAbsent(m.name().key(), k -> new EnumMap<>(EntityType.class))
          .merge(m.mention().type(), 1, Integer::sum);
    }
    for (NamedMention m : mentions) {
      EnumMap<EntityType, Integer> v = votes.get(m.name().key());
      EntityType best = m.mention().type();
      int bestCount = -1;
      for (Map.Entry<EntityType, Integer> e : v.entrySet()) {
        if (e.getValue() > bestCount) {
          best = e.getKey();
          bestCount = e.getValue();
        }
      }
      m.type()[0] = best;
    }
  }

  private void clusterFullPersonNames(List<NamedMention> mentions, List<Cluster> clusters) {
    Map<String, List<NamedMention>> byKey = new TreeMap<>();
    for (NamedMention m : mentions) {
      if (m.effectiveType() == EntityType.PERSON && m.name().size() >= 2) {
        byKey.computeIfAbsent(m.name().key(), k -> new ArrayList<>()).add(m);
      }
    }
    List<List<NamedMention>> groups = new ArrayList<>(byKey.values());
    groups.sort(Comparator.<List<NamedMention>>comparingInt(g -> -g.get(0).name().size())
        .thenComparingInt(g -> -g.size())
        .thenComparing(g -> g.get(0).name().key()));
    for (List<NamedMention> group : groups) {
      NameForm name = group.get(0).name();
      List<Cluster> candidates = new ArrayList<>();
      for (Cluster c : clusters) {
        if (c.type != EntityType.PERSON) continue;
        for (NamedMention member : c.members) {
          if (matcher.samePerson(member.name(), name)) {
            candidates.add(c);
            break;
          }
        }
      }
      Cluster target = candidates.size() == 1 ? candidates.get(0) : null;
      if (target == null) {
        target = new Cluster(EntityType.PERSON);
        clusters.add(target);
      }
      target.members.addAll(group);
    }
  }

  /**
   * A one-word place or organisation written only once in the story that spells the surname of
   * a person named in the same article ("Karlow" next to "Andrei Karlov") is that person: NER
   * has no other evidence for an unfamiliar spelling.
   */
  private void retypeMisspeltSurnames(List<NamedMention> mentions, List<Cluster> fullNames) {
    Map<String, Integer> keyCounts = new HashMap<>();
    for (NamedMention m : mentions) keyCounts.merge(m.name().key(), 1, Integer::sum);
    for (NamedMention m : mentions) {
      if (m.effectiveType() == EntityType.PERSON || m.name().size() != 1
          || keyCounts.get(m.name().key()) != 1) {
        continue;
      }
      for (Cluster c : fullNames) {
        if (c.inDocument(m.docIndex()) && hasSurname(c, m.name().last())) {
          NameForm asPerson = NameForm.parse(m.mention().text(), EntityType.PERSON);
          if (asPerson.size() == 1) m.type()[0] = EntityType.PERSON;
          break;
        }
      }
    }
  }

  /** "Merkel" joins the one full name ending in Merkel in its article, else in the story. */
  private void clusterSurnames(List<NamedMention> mentions, List<Cluster> fullNames,
                               List<Cluster> clusters) {
    Set<String> outsideQuotes = new TreeSet<>();
    for (NamedMention m : mentions) {
      if (!insideQuotation(m)) outsideQuotes.add(m.name().key());
    }
    Map<String, Cluster> loneSurnames = new TreeMap<>();
    for (NamedMention m : mentions) {
      if (m.effectiveType() != EntityType.PERSON || m.name().size() != 1) continue;
      String surname = m.name().last();
      List<Cluster> inDoc = new ArrayList<>();
      List<Cluster> inStory = new ArrayList<>();
      for (Cluster c : fullNames) {
        if (!hasSurname(c, surname)) continue;
        inStory.add(c);
        if (c.inDocument(m.docIndex())) inDoc.add(c);
      }
      Cluster target = null;
      if (inDoc.size() == 1) target = inDoc.get(0);
      else if (inDoc.isEmpty() && inStory.size() == 1) target = inStory.get(0);
      if (target == null && inStory.isEmpty()) {
        // NER tags "Baltmar" (of Baltmar Ferries) or "Halden" (of Port Halden) as a person: a
        // lone word of an organisation or place name joins it when it begins exactly one such
        // name, and is dropped when it is only part of some.
        List<Cluster> starting = new ArrayList<>();
        boolean partOfName = false;
        for (Cluster c : clusters) {
          if (c.type == EntityType.PERSON) continue;
          for (NamedMention member : c.members) {
            List<String> words = member.name().tokens();
            if (words.size() < 2 || !words.contains(surname)) continue;
            partOfName = true;
            if (words.get(0).equals(surname) && !starting.contains(c)) starting.add(c);
          }
        }
        if (starting.size() == 1) {
          starting.get(0).members.add(m);
          continue;
        }
        if (partOfName) continue;
      }
      // "“Allahu akbar”", "“God is great”": NER takes a capitalised word of a quotation for a
      // name. A lone name that the reports use only inside quotations, and that no full name
      // explains, is an exclamation or a formula, not someone involved.
      if (target == null && (opensQuotation(m) || !outsideQuotes.contains(m.name().key()))) {
        continue;
      }
      if (target == null) {
        target = findLoneSurname(loneSurnames, surname);
        if (target == null) {
          target = new Cluster(EntityType.PERSON);
          loneSurnames.put(surname, target);
          clusters.add(target);
        }
      }
      target.members.add(m);
    }
  }

  /**
   * A "person" the reports name only inside quotations and never give a role is an exclamation
   * or a formula ("“Thank God”", "“Allahu akbar”"), not someone involved in the story.
   */
  private static boolean onlyQuoted(Built b) {
    if (b.entity.type() != EntityType.PERSON || b.entity.role() != null) return false;
    for (NamedMention m : b.cluster.members) {
      if (!insideQuotation(m)) return false;
    }
    return true;
  }

  /** Whether the mention's first word stands inside quotation marks. */
  private static boolean insideQuotation(NamedMention m) {
    List<Sentence> sentences = m.doc().sentences();
    int index = m.mention().sentenceIndex();
    if (index < 0 || index >= sentences.size()) return false;
    Sentence s = sentences.get(index);
    boolean[] quoted = s.quotedTokens();
    for (int i = 0; i < s.tokens().size(); i++) {
      Token t = s.tokens().get(i);
      if (t.end() > m.mention().span().begin()) return quoted[i];
    }
    return false;
  }

  private static boolean opensQuotation(NamedMention m) {
    String text = m.doc().article().text();
    int i = m.mention().span().begin() - 1;
    while (i >= 0 && text.charAt(i) == ' ') i--;
    return i >= 0 && "“\"‘'«„".indexOf(text.charAt(i)) >= 0;
  }

  private Cluster findLoneSurname(Map<String, Cluster> loneSurnames, String surname) {
    for (Map.Entry<String, Cluster> e : loneSurnames.entrySet()) {
      if (matcher.sameWord(e.getKey(), surname)) return e.getValue();
    }
    return null;
  }

  private boolean hasSurname(Cluster c, String surname) {
    for (NamedMention member : c.members) {
      if (member.name().size() >= 2 && matcher.sameWord(member.name().last(), surname)) {
        return true;
      }
    }
    return false;
  }

  private void clusterByName(List<NamedMention> mentions, List<Cluster> clusters,
                             EntityType type) {
    Map<String, List<NamedMention>> byKey = new TreeMap<>();
    for (NamedMention m : mentions) {
      if (m.effectiveType() == type) {
        byKey.computeIfAbsent(m.name().key(), k -> new ArrayList<>()).add(m);
      }
    }
    List<List<NamedMention>> groups = new ArrayList<>(byKey.values());
    groups.sort(Comparator.<List<NamedMention>>comparingInt(g -> -g.size())
        .thenComparing(g -> g.get(0).name().key()));
    List<Cluster> ofType = new ArrayList<>();
    for (List<NamedMention> group : groups) {
      NameForm name = group.get(0).name();
      List<Cluster> candidates = new ArrayList<>();
      for (Cluster c : ofType) {
        if (matcher.sameName(c.members.get(0).name(), name)) candidates.add(c);
      }
      Cluster target = candidates.size() == 1 ? candidates.get(0) : null;
      if (target == null) {
        target = new Cluster(type);
        ofType.add(target);
        clusters.add(target);
      }
      target.members.addAll(group);
    }
  }

  private EntityIndex build(Story story, List<Cluster> clusters) {
    Map<Integer, DocumentTokens> tokens = new HashMap<>();
    Map<Integer, BitSet> personTokens = new HashMap<>();
    for (Cluster c : clusters) {
      for (NamedMention m : c.members) {
        DocumentTokens dt = tokens.computeIfAbsent(m.docIndex(),
            i -> new DocumentTokens(story.documents().get(i)));
        if (c.type == EntityType.PERSON) {
          int[] r = dt.range(m.mention().span());
          if (r != null) {
            personTokens.computeIfAbsent(m.docIndex(), i -> new BitSet()).set(r[0], r[1] + 1);
          }
        }
      }
    }
    Map<String, Double> reliability = spellingReliability(clusters);
    List<Built> built = new ArrayList<>();
    for (Cluster c : clusters) {
      Built b = describe(story, c, tokens, personTokens, reliability);
      if (onlyQuoted(b)) continue;
      built.add(b);
    }
    built.sort(Comparator.comparingInt((Built b) -> -b.entity.outlets().size())
        .thenComparingInt(b -> -b.prominence)
        .thenComparingInt(b -> -b.entity.mentions().size())
        .thenComparingInt(b -> b.firstDoc)
        .thenComparingInt(b -> b.firstOffset)
        .thenComparing(b -> b.entity.name()));
    List<Entity> ranked = new ArrayList<>();
    for (Built b : built) ranked.add(b.entity);
    EntityIndex index = new EntityIndex(ranked);
    for (Built b : built) {
      index.describe(b.entity, b.forms, b.roleHeads, b.gender);
      for (NamedMention m : b.cluster.members) index.mention(m.mention().span(), b.entity);
    }
    return index;
  }

  private record Built(Cluster cluster, Entity entity, List<NameForm> forms, Set<String> roleHeads,
                       Gender gender, int prominence, int firstDoc, int firstOffset) {
  }

  /**
   * Per outlet, the share of its names spelled as a clear majority of outlets spell them.
   * Breaks ties between equally common spellings ("Yusuf al-Hakim" in one outlet, "Youssef
   * al-Hakeem" in another) in favour of the outlet that spells other names the common way.
   */
  private static Map<String, Double> spellingReliability(List<Cluster> clusters) {
    Map<String, int[]> perOutlet = new TreeMap<>();
    for (Cluster c : clusters) {
      Map<String, Set<String>> keyOutlets = new HashMap<>();
      for (NamedMention m : c.members) {
        if (m.name().size() >= 2) {
          keyOutlets.computeIfAbsent(m.name().key(), k -> new TreeSet<>()).add(m.doc().source());
        }
      }
      Map<String, Integer> keyCounts = new HashMap<>();
      keyOutlets.forEach((k, v) -> keyCounts.put(k, v.size()));
      if (keyCounts.size() < 2) continue;
      List<Integer> counts = new ArrayList<>(keyCounts.values());
      counts.sort(Comparator.reverseOrder());
      if (counts.get(0).equals(counts.get(1))) continue;
      String majority = keyCounts.entrySet().stream()
          .max(Map.Entry.comparingByValue()).orElseThrow().getKey();
      for (NamedMention m : c.members) {
        if (m.name().size() < 2) continue;
        int[] agreeTotal = perOutlet.computeIfAbsent(m.doc().source(), k -> new int[2]);
        if (m.name().key().equals(majority)) agreeTotal[0]++;
        agreeTotal[1]++;
      }
    }
    Map<String, Double> out = new HashMap<>();
    perOutlet.forEach((outlet, at) -> out.put(outlet, (double) at[0] / at[1]));
    return out;
  }

  private Built describe(Story story, Cluster c, Map<Integer, DocumentTokens> tokens,
                         Map<Integer, BitSet> personTokens, Map<String, Double> reliability) {
    c.members.sort(Comparator.comparingInt(NamedMention::docIndex)
        .thenComparing(m -> m.mention().span()));
    Map<String, Integer> displayCounts = new TreeMap<>();
    Map<String, Integer> keyCounts = new HashMap<>();
    Map<String, NameForm> formByKey = new LinkedHashMap<>();
    TreeSet<String> outlets = new TreeSet<>();
    List<SourceRef> refs = new ArrayList<>();
    List<String> roles = new ArrayList<>();
    GenderEvidence gender = new GenderEvidence();
    int prominence = 0;
    Set<Integer> prominentDocs = new TreeSet<>();
    Map<String, Double> keyReliability = new HashMap<>();
    Map<String, Set<String>> keyOutletSets = new HashMap<>();
    for (NamedMention m : c.members) {
      keyOutletSets.computeIfAbsent(m.name().key(), k -> new TreeSet<>()).add(m.doc().source());
      keyReliability.merge(m.name().key(), reliability.getOrDefault(m.doc().source(), 0.5),
          Math::max);
      displayCounts.merge(m.name().display(), 1, Integer::sum);
      keyCounts.merge(m.name().key(), 1, Integer::sum);
      formByKey.putIfAbsent(m.name().key(), m.name());
      outlets.add(m.doc().source());
      refs.add(SourceRef.of(m.mention().span(), m.doc().source()));
      if (m.mention().sentenceIndex() == 0 || inTitle(m.doc(), m.name())) {
        prominentDocs.add(m.docIndex());
      }
      if (c.type == EntityType.PERSON) {
        observePerson(m, tokens.get(m.docIndex()),
            personTokens.getOrDefault(m.docIndex(), new BitSet()), roles, gender);
      }
    }
    prominence = prominentDocs.size();
    Map<String, Integer> keyOutlets = new HashMap<>();
    keyOutletSets.forEach((k, v) -> keyOutlets.put(k, v.size()));
    boolean joinInitials = c.type != EntityType.PERSON;
    String name = canonical(displayCounts, keyCounts, keyOutlets, keyReliability, joinInitials);
    List<String> aliases = new ArrayList<>();
    displayCounts.entrySet().stream()
        .filter(e -> !e.getKey().equals(name))
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
            .thenComparing(Map.Entry.comparingByKey()))
        .forEach(e -> aliases.add(e.getKey()));
    String role = RoleChoice.best(roles);
    Set<String> heads = new TreeSet<>();
    for (String r : roles) {
      String h = RoleFinder.head(r);
      if (h != null) heads.add(h);
    }
    refs.sort(Comparator.naturalOrder());
    NameForm fullest = formByKey.values().stream()
        .max(Comparator.comparingInt(NameForm::size).thenComparing(NameForm::key,
            Comparator.reverseOrder()))
        .orElse(c.members.get(0).name());
    EntityType type = c.type;
    if (type == EntityType.PERSON && heads.stream().anyMatch(VESSELS::contains)
        || namedAsVessel(c, tokens)) {
      // "the ferry Selka Dawn": NER took a named vessel or aircraft for a person or a company.
      type = EntityType.OTHER;
    }
    Entity entity = new Entity(name, type, aliases, role, new ArrayList<>(outlets), refs);
    NamedMention first = c.members.get(0);
    return new Built(c, entity, new ArrayList<>(formByKey.values()), heads,
        type == EntityType.PERSON ? gender.decide(fullest) : Gender.UNKNOWN, prominence,
        first.docIndex(), first.mention().span().begin());
  }

  /** Whether the text calls the name a vessel: "the ferry Selka Dawn", "vessel Kessel Star". */
  private static boolean namedAsVessel(Cluster c, Map<Integer, DocumentTokens> tokens) {
    if (c.type == EntityType.LOCATION) return false;
    for (NamedMention m : c.members) {
      DocumentTokens dt = tokens.get(m.docIndex());
      int[] r = dt == null ? null : dt.range(m.mention().span());
      if (r == null || r[0] == 0) continue;
      String before = dt.get(r[0] - 1).word();
      if (Character.isLowerCase(before.codePointAt(0)) && VESSELS.contains(before)) return true;
    }
    return false;
  }

  private static boolean inTitle(Document doc, NameForm name) {
    String title = doc.article().title();
    if (title == null || name.tokens().isEmpty()) return false;
    String folded = " " + String.join(" ", NameForm.comparisonTokens(title, false)) + " ";
    return folded.contains(" " + name.key() + " ");
  }

  private static void observePerson(NamedMention m, DocumentTokens dt, BitSet personTokens,
                                    List<String> roles, GenderEvidence gender) {
    for (String t : m.name().titles()) {
      gender.word(t);
      if (!RoleFinder.HONORIFICS.contains(NameFolder.fold(t).replace(".", ""))) roles.add(t);
    }
    if (dt == null) return;
    int[] r = dt.range(m.mention().span());
    if (r == null) return;
    if (r[0] > 0) gender.word(dt.get(r[0] - 1).word());
    List<String> found = RoleFinder.roles(dt, r[0], r[1], personTokens::get);
    roles.addAll(found);
    for (String role : found) {
      for (String w : role.split(" ")) gender.word(w);
    }
    // The first third-person pronoun after a mention, before any other person is named, most
    // likely refers back to it.
    for (int i = r[1] + 1; i < dt.size() && i <= r[1] + 30; i++) {
      if (personTokens.get(i)) break;
      Token t = dt.get(i);
      Gender g = Gender.ofPronoun(t.word());
      if (g != Gender.UNKNOWN && (t.pos().startsWith("PRP"))) {
        gender.pronoun(g);
        break;
      }
    }
  }

  /**
   * The well-formed full name (two words or more) most outlets use, then the most complete, then
   * the one from outlets that spell other names the common way, then the most frequent; among
   * spellings that fold alike the one with diacritics.
   */
  private static String canonical(Map<String, Integer> displayCounts,
                                  Map<String, Integer> keyCounts,
                                  Map<String, Integer> keyOutlets,
                                  Map<String, Double> keyReliability,
                                  boolean joinInitials) {
    Comparator<String> order = Comparator
        .comparing((String d) -> !wellFormed(d))
        .thenComparing(d -> NameForm.comparisonTokens(d, joinInitials).size() < 2)
        .thenComparingInt(d -> -keyOutlets.getOrDefault(keyOf(d, joinInitials), 0))
        .thenComparingInt(d -> -NameForm.comparisonTokens(d, joinInitials).size())
        .thenComparingDouble(d -> -keyReliability.getOrDefault(keyOf(d, joinInitials), 0.0))
        .thenComparingInt(d -> -keyCounts.getOrDefault(keyOf(d, joinInitials), 0))
        .thenComparing(d -> keyOf(d, joinInitials))
        .thenComparing(d -> !NameFolder.hasDiacritics(d))
        .thenComparingInt(d -> -displayCounts.get(d))
        .thenComparing(Comparator.naturalOrder());
    return displayCounts.keySet().stream().min(order).orElseThrow();
  }

  private static String keyOf(String display, boolean joinInitials) {
    return String.join(" ", NameForm.comparisonTokens(display, joinInitials));
  }

  private static boolean wellFormed(String display) {
    boolean allCaps = display.equals(display.toUpperCase(Locale.ROOT));
    int letters = (int) display.chars().filter(Character::isLetter).count();
    if (allCaps && letters > 5) return false;
    for (String w : display.split(" ")) {
      if (w.isEmpty()) return false;
      if (Character.isLowerCase(w.codePointAt(0)) && !NameFolder.fold(w).startsWith("al-")
          && !NameFolder.fold(w).startsWith("el-") && w.length() > 3) {
        return false;
      }
    }
    return true;
  }
}
