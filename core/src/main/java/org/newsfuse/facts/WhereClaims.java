package org.newsfuse.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsfuse.model.Token;

/**
 * Where a statement says an event happened: "the fire started in the engine room", "the blaze
 * broke out in the galley", "the ferry ran aground off Gull Point". The slot is the event noun
 * and the kind of happening; the value is the place phrase after the preposition.
 */
final class WhereClaims {
  private static final Map<String, String> HAPPENING = Map.ofEntries(
      Map.entry("start", "started"), Map.entry("break", "started"), Map.entry("begin", "started"),
      Map.entry("originate", "started"), Map.entry("erupt", "started"),
      Map.entry("spark", "started"), Map.entry("occur", "happened"),
      Map.entry("happen", "happened"), Map.entry("take", "happened"),
      Map.entry("run", "ran aground"), Map.entry("sink", "sank"), Map.entry("capsize", "sank"),
      Map.entry("crash", "crashed"), Map.entry("explode", "exploded"),
      Map.entry("strike", "struck"), Map.entry("hit", "struck"), Map.entry("detonate", "exploded"));
  private static final Set<String> PREPOSITIONS = Set.of("in", "at", "near", "off", "inside",
      "aboard", "on", "outside", "beside", "behind", "under", "below", "above");
  private static final Set<String> PARTICLES = Set.of("out", "place", "aground", "up", "off");
  private static final Set<String> NOT_PLACE = Set.of("monday", "tuesday", "wednesday",
      "thursday", "friday", "saturday", "sunday", "morning", "afternoon", "evening", "night",
      "time", "minute", "minutes", "hour", "hours", "way", "fire", "order", "air", "wake",
      "moment", "front", "back", "same", "second", "first");

  List<Claim> claims(Statement st) {
    List<Token> t = st.sentence().tokens();
    List<Claim> out = new ArrayList<>();
    for (int i = 1; i < t.size(); i++) {
      Token verb = t.get(i);
      if (!verb.pos().startsWith("VB")) continue;
      String happening = HAPPENING.get(verb.lemma().toLowerCase(Locale.ROOT));
      if (happening == null) continue;
      if (verb.lemma().equals("take") && !(i + 1 < t.size() && t.get(i + 1).word().equals("place"))) {
        continue;
      }
      if (verb.lemma().equals("run") && !(i + 1 < t.size() && t.get(i + 1).word().equals("aground"))) {
        continue;
      }
      String event = eventBefore(t, i);
      if (event == null) continue;
      int p = i + 1;
      while (p < t.size() && (PARTICLES.contains(t.get(p).word().toLowerCase(Locale.ROOT))
          || t.get(p).pos().startsWith("RB"))) {
        p++;
      }
      if (p >= t.size() || !PREPOSITIONS.contains(t.get(p).word().toLowerCase(Locale.ROOT))) continue;
      int from = p + 1;
      int to = from;
      StringBuilder norm = new StringBuilder();
      while (to < t.size() && to < from + 7) {
        Token x = t.get(to);
        String pos = x.pos();
        if (!(pos.startsWith("NN") || pos.startsWith("JJ") || pos.equals("DT") || pos.equals("POS")
            || pos.equals("CD") || x.word().equals("of") && to > from)) {
          break;
        }
        if (pos.startsWith("NN") || pos.startsWith("JJ")) {
          if (norm.length() > 0) norm.append(' ');
          norm.append(EventNouns.canonical(Names.fold(x.word())));
        }
        to++;
      }
      if (norm.length() == 0 || NOT_PLACE.contains(norm.toString())
          || NOT_PLACE.contains(Names.fold(t.get(to - 1).word()))) {
        continue;
      }
      String text = st.document().article().text();
      String place = text.substring(t.get(p).begin(), t.get(to - 1).end()).replaceAll("\\s+", " ");
      String verbText = text.substring(verb.begin(), t.get(p - 1).end()).replaceAll("\\s+", " ")
          .toLowerCase(Locale.ROOT);
      out.add(new Claim(st, "where:" + event + ":" + happening,
          "where the " + event + " " + verbText, "WHERE", place, norm.toString(), null,
          false));
    }
    return out;
  }

  /** The event noun the happening is about ("the fire" in "the fire started"). */
  private static String eventBefore(List<Token> t, int i) {
    for (int k = i - 1; k >= Math.max(0, i - 4); k--) {
      Token x = t.get(k);
      if (x.pos().startsWith("NN") && !x.pos().startsWith("NNP")) return EventNouns.canonical(x.word());
      if (!(x.pos().startsWith("RB") || x.pos().startsWith("VB") || x.pos().equals("MD"))) {
        return null;
      }
    }
    return null;
  }
}
