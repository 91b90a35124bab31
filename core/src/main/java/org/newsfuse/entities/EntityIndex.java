package org.newsfuse.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.newsfuse.briefing.Entity;
import org.newsfuse.model.EntityType;
import org.newsfuse.model.Span;

/**
 * The merged entities of one story and lookups over them: by any spelling, by mention span, by
 * article, and what the text says about each (role words, gender) for quote attribution.
 */
public final class EntityIndex {
  private final List<Entity> entities;
  private final Map<Entity, Set<String>> roleHeads = new IdentityHashMap<>();
  private final Map<Entity, Gender> genders = new IdentityHashMap<>();
  private final Map<Entity, List<NameForm>> names = new IdentityHashMap<>();
  private final Map<String, Set<Entity>> byKey = new HashMap<>();
  private final Map<Span, Entity> bySpan = new HashMap<>();
  private final Map<String, TreeMap<Integer, LocatedEntity>> byArticle = new HashMap<>();
  private final NameMatcher matcher = new NameMatcher();

  EntityIndex(List<Entity> entities) {
    this.entities = List.copyOf(entities);
  }

  public static EntityIndex empty() {
    return new EntityIndex(List.of());
  }

  void describe(Entity e, List<NameForm> forms, Set<String> heads, Gender gender) {
    names.put(e, List.copyOf(forms));
    roleHeads.put(e, Set.copyOf(heads));
    genders.put(e, gender);
    for (NameForm f : forms) {
      byKey.computeIfAbsent(f.key(), k -> new LinkedHashSet<>()).add(e);
    }
  }

  void mention(Span span, Entity e) {
    bySpan.put(span, e);
    byArticle.computeIfAbsent(span.article(), k -> new TreeMap<>())
        .put(span.begin(), new LocatedEntity(span, e));
  }

  /** Entities ranked by importance to the story. */
  public List<Entity> entities() {
    return entities;
  }

  /**
   * The entity a name refers to: any spelling seen, a title-stripped or folded form, a
   * transliteration variant, or a surname that only one person of the story has. Empty when
   * unknown or ambiguous.
   */
  public Optional<Entity> resolve(String name) {
    if (name == null || name.isBlank()) return Optional.empty();
    NameForm asPerson = NameForm.parse(name, EntityType.PERSON);
    NameForm asOther = NameForm.parse(name, EntityType.ORGANIZATION);
    if (asPerson.size() == 1 && peopleWithSurname(asPerson.last()) > 1) return Optional.empty();
    for (NameForm f : List.of(asOther, asPerson)) {
      Set<Entity> hit = byKey.get(f.key());
      if (hit != null && hit.size() == 1) return Optional.of(hit.iterator().next());
      if (hit != null && hit.size() > 1) return Optional.empty();
    }
    Set<Entity> fuzzy = new LinkedHashSet<>();
    for (Entity e : entities) {
      for (NameForm f : names.getOrDefault(e, List.of())) {
        boolean same;
        if (e.type() == EntityType.PERSON && asPerson.size() >= 2 && f.size() >= 2) {
          same = matcher.samePerson(asPerson, f);
        } else if (e.type() == EntityType.PERSON && asPerson.size() == 1) {
          same = matcher.sameWord(asPerson.last(), f.last());
        } else {
          same = matcher.sameName(asOther, f);
        }
        if (same) {
          fuzzy.add(e);
          break;
        }
      }
    }
    return fuzzy.size() == 1 ? Optional.of(fuzzy.iterator().next()) : Optional.empty();
  }

  private int peopleWithSurname(String surname) {
    int n = 0;
    for (Entity e : entities) {
      if (e.type() != EntityType.PERSON) continue;
      for (NameForm f : names.getOrDefault(e, List.of())) {
        if (f.size() >= 2 && matcher.sameWord(f.last(), surname)) {
          n++;
          break;
        }
      }
    }
    return n;
  }

  /** The entity whose mention is exactly at {@code span}, or else the one whose mention covers it. */
  public Optional<Entity> entityAt(Span span) {
    Entity e = bySpan.get(span);
    if (e != null) return Optional.of(e);
    for (LocatedEntity m : mentionsIn(span.article())) {
      if (m.span().contains(span) || span.contains(m.span())) return Optional.of(m.entity());
    }
    return Optional.empty();
  }

  /** Mentions in one article, in text order. */
  public List<LocatedEntity> mentionsIn(String articleId) {
    TreeMap<Integer, LocatedEntity> m = byArticle.get(articleId);
    return m == null ? List.of() : new ArrayList<>(m.values());
  }

  /** Head words of the roles the text gives the entity ("spokeswoman", "gunman"). */
  public Set<String> roleHeads(Entity e) {
    return roleHeads.getOrDefault(e, Set.of());
  }

  public Gender gender(Entity e) {
    return genders.getOrDefault(e, Gender.UNKNOWN);
  }

}
