package org.newsfuse.facts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One key per person across a story's claims, so that "fate of Reinholt", "fate of Rienholt" and
 * "fate of the captain" are one slot: spellings one edit apart are merged, and a role is mapped to
 * the name the outlets give for it ("Captain Tomas Reinholt") when they name one person only.
 */
final class SubjectKeys {
  private static final List<String> PERSON_SLOTS = List.of("fate:", "age:");

  private final List<String> names = new ArrayList<>();
  private final Map<String, String> roleToName = new LinkedHashMap<>();
  private final Map<String, String> labels = new LinkedHashMap<>();

  SubjectKeys(List<Claim> claims) {
    Map<String, List<String>> roleNames = new LinkedHashMap<>();
    for (Claim c : claims) {
      if (c.slot().startsWith("role:")) {
        String role = c.slot().substring(5);
        String name = canonicalName(c.norm());
        labels.putIfAbsent(name, c.value());
        List<String> list = roleNames.computeIfAbsent(role, r -> new ArrayList<>());
        if (!list.contains(name)) list.add(name);
      }
    }
    roleNames.forEach((role, list) -> {
      if (list.size() == 1) roleToName.put(role, list.get(0));
    });
  }

  /** The claim with its subject key made canonical; other claims unchanged. */
  Claim canonical(Claim c) {
    for (String prefix : PERSON_SLOTS) {
      if (!c.slot().startsWith(prefix)) continue;
      String key = c.slot().substring(prefix.length());
      String name = roleToName.getOrDefault(key, canonicalName(key));
      if (name.equals(key) && !roleToName.containsKey(key)) {
        name = canonicalName(key);
      }
      if (name.equals(key)) return c;
      String label = labels.getOrDefault(name, name);
      String point = (prefix.equals("fate:") ? "fate of " : "age of ") + label;
      return new Claim(c.statement(), prefix + name, point, c.kind(), c.value(), c.norm(),
          c.quantity(), c.specific() || roleToName.containsKey(key));
    }
    if (c.kind().equals("WHO") && c.slot().startsWith("role:")) {
      return new Claim(c.statement(), c.slot(), c.point(), c.kind(), c.value(),
          canonicalName(c.norm()), c.quantity(), c.specific());
    }
    return c;
  }

  private String canonicalName(String key) {
    for (String n : names) if (Names.same(n, key)) return n;
    names.add(key);
    return key;
  }
}
