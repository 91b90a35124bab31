package org.newsfuse.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsfuse.model.Token;

/**
 * Who a statement says fills a role: the person named with a title ("harbour master Ilse Brandt",
 * "Captain Ona Veldt") and the agent of a deed ("rescued by the coastguard", "identified by
 * police as ..."). Bare titles that many people hold ("President", "Minister") are skipped unless
 * a modifier makes them one post ("Interior Minister").
 */
final class WhoClaims {
  private static final Set<String> TITLES = Set.of("captain", "skipper", "spokesman",
      "spokeswoman", "spokesperson", "minister", "chief", "commander", "director", "mayor",
      "governor", "master", "officer", "president", "manager", "coordinator", "pilot", "driver",
      "head", "chairman", "chairwoman", "sheriff", "coroner", "superintendent", "inspector",
      "owner", "operator", "secretary", "ambassador", "leader");
  /** Posts a story usually has one of, so the bare title is enough. */
  private static final Set<String> UNIQUE = Set.of("captain", "skipper", "pilot", "driver",
      "coroner", "owner", "operator");
  private static final Set<String> AGENT_VERBS = Set.of("rescue", "arrest", "lead", "identify",
      "captain", "pilot", "find", "spot", "order", "start", "claim", "issue", "confirm", "drive",
      "own", "operate", "charter", "run", "command", "raise", "sound", "call", "alert", "report",
      "discover", "notice");

  List<Claim> claims(Statement st) {
    List<Token> t = st.sentence().tokens();
    String text = st.document().article().text();
    List<Claim> out = new ArrayList<>();
    for (int i = 0; i + 1 < t.size(); i++) {
      Token title = t.get(i);
      String lemma = title.lemma().toLowerCase(Locale.ROOT);
      if (!TITLES.contains(lemma) || !t.get(i + 1).pos().startsWith("NNP")) continue;
      String modifier = modifier(t, i);
      if (UNIQUE.contains(lemma) || Names.role(lemma) != null && UNIQUE.contains(Names.role(lemma))) {
        modifier = null; // "this afternoon skipper X" is still the captain
        lemma = Names.role(lemma) != null ? Names.role(lemma) : lemma;
      } else if (modifier == null) {
        continue;
      }
      int last = i + 1;
      while (last + 1 < t.size() && t.get(last + 1).pos().startsWith("NNP")) last++;
      if (last == i + 1 && !"PERSON".equals(t.get(last).ner()) && t.get(last).ner().length() > 1
          && !t.get(last).ner().equals("O")) {
        continue;
      }
      String role = modifier == null ? lemma : modifier + " " + lemma;
      String name = text.substring(t.get(i + 1).begin(), t.get(last).end());
      out.add(new Claim(st, "role:" + role, "who is the " + role, "WHO", name,
          Names.key(name), null, true));
      i = last;
    }
    for (int i = 1; i + 1 < t.size(); i++) {
      Token verb = t.get(i);
      if (!verb.pos().equals("VBN")) continue;
      String v = verb.lemma().toLowerCase(Locale.ROOT);
      if (!AGENT_VERBS.contains(v)) continue;
      int by = agentBy(t, i);
      if (by < 0) continue;
      String patient = patientBefore(t, i);
      if (patient == null) continue;
      int from = by + 1;
      int to = from;
      StringBuilder norm = new StringBuilder();
      while (to < t.size() && to < from + 6) {
        Token x = t.get(to);
        boolean joiner = x.word().equals("-") && to + 1 < t.size()
            && t.get(to + 1).pos().startsWith("NNP");
        if (!(x.pos().startsWith("NN") || x.pos().startsWith("JJ") || x.pos().equals("DT")
            || x.pos().equals("POS") || x.pos().equals("CD") || joiner)) {
          break;
        }
        if (x.pos().startsWith("NN") || x.pos().startsWith("JJ")) {
          if (norm.length() > 0 && !t.get(to - 1).word().equals("-")) norm.append(' ');
          norm.append(x.pos().startsWith("NNP") ? Names.key(x.word())
              : EventNouns.canonical(Names.fold(x.lemma())));
        }
        to++;
      }
      if (norm.length() == 0) continue;
      String agent = text.substring(t.get(from).begin(), t.get(to - 1).end())
          .replaceAll("\\s+", " ");
      out.add(new Claim(st, "by:" + v + ":" + patient,
          "who " + pastTense(verb.word()) + " the " + patient, "WHO", agent, norm.toString(),
          null, false));
    }
    return out;
  }

  /**
   * The "by" that introduces the agent of a passive verb, within a few words ("raised at about
   * 06:40 GMT by a crew member"); a denied agent ("not by the crew but by a passenger") is passed.
   */
  private static int agentBy(List<Token> t, int verb) {
    for (int k = verb + 1; k < Math.min(t.size(), verb + 10); k++) {
      String w = t.get(k).word().toLowerCase(Locale.ROOT);
      if (w.equals("by") && !(k > 0 && t.get(k - 1).word().equalsIgnoreCase("not"))) return k;
      if (Set.of(";", ".", "and", "which", "who", "that", "because").contains(w)) return -1;
      if (w.equals(",") && !(k + 1 < t.size() && t.get(k + 1).word().equalsIgnoreCase("but"))
          && !(k + 1 < t.size() && t.get(k + 1).word().equalsIgnoreCase("by"))) {
        return -1;
      }
    }
    return -1;
  }

  private static String pastTense(String word) {
    return word.toLowerCase(Locale.ROOT);
  }

  /** A lower-case modifier of the title ("harbour" master, "interior" minister), or null. */
  private static String modifier(List<Token> t, int i) {
    if (i == 0) return null;
    Token prev = t.get(i - 1);
    String w = Names.fold(prev.word());
    if (!(prev.pos().startsWith("NN") || prev.pos().startsWith("JJ"))) return null;
    if (Set.of("former", "new", "acting", "deputy", "the", "a", "its", "his", "her").contains(w)) {
      return null;
    }
    return w.isEmpty() ? null : EventNouns.canonical(w);
  }

  private static String patientBefore(List<Token> t, int i) {
    for (int k = i - 1; k >= Math.max(0, i - 5); k--) {
      Token x = t.get(k);
      if (x.pos().startsWith("NN")) {
        String role = Names.role(x.lemma());
        return role != null ? role : EventNouns.canonical(Names.fold(x.lemma()));
      }
      if (!(x.pos().startsWith("RB") || x.pos().startsWith("VB") || x.pos().equals("MD"))) {
        return null;
      }
    }
    return null;
  }
}
