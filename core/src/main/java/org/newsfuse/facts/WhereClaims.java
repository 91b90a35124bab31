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
      Map.entry("strike", "struck"), Map.entry("hit", "struck"), Map.entry("detonate", "exploded"),
      Map.entry("tear", "started"), Map.entry("rip", "started"));
  /** Moving someone to a place: "taken to Halden General Hospital". */
  private static final Set<String> TAKEN = Set.of("take", "rush", "fly", "bring", "carry",
      "airlift", "treat", "admit", "transfer", "send");
  private static final Set<String> PREPOSITIONS = Set.of("in", "at", "near", "off", "inside",
      "on", "through", "outside", "beside", "behind", "under", "below", "above");
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
      if (p >= t.size() || !PREPOSITIONS.contains(t.get(p).word().toLowerCase(Locale.ROOT))) {
        Claim before = placeBefore(st, t, i, event, happening);
        if (before != null) out.add(before);
        continue;
      }
      int from = p + 1;
      int to = from;
      StringBuilder norm = new StringBuilder();
      while (to < t.size() && to < from + 7) {
        Token x = t.get(to);
        String pos = x.pos();
        if (!(pos.startsWith("NN") || pos.startsWith("JJ") || pos.equals("DT") || pos.equals("POS")
            || pos.equals("CD"))) {
          break;
        }
        if (pos.startsWith("NN") || pos.startsWith("JJ")) {
          if (norm.length() > 0) norm.append(' ');
          norm.append(EventNouns.canonical(Names.fold(x.word())));
        }
        to++;
      }
      if (norm.length() == 0 || NOT_PLACE.contains(norm.toString())
          || NOT_PLACE.contains(Names.fold(t.get(to - 1).word()))
          || t.get(to - 1).pos().startsWith("NNP")) {
        continue; // a named place or vessel is where the story is, not a part of it in dispute
      }
      String text = st.document().article().text();
      String place = text.substring(t.get(p).begin(), t.get(to - 1).end()).replaceAll("\\s+", " ");
      String verbText = text.substring(verb.begin(), t.get(p - 1).end()).replaceAll("\\s+", " ")
          .toLowerCase(Locale.ROOT);
      out.add(new Claim(st, "where:" + event + ":" + happening,
          "where the " + event + " " + verbText, "WHERE", place, norm.toString(), null,
          !happening.equals("happened") && !happening.equals("struck")));
    }
    return out;
  }

  /** "reached the engine room, where the fire started": the place comes before the event. */
  private static Claim placeBefore(Statement st, List<Token> t, int verb, String event,
                                   String happening) {
    int k = verb - 1;
    while (k >= 0 && !t.get(k).word().equalsIgnoreCase("where")) {
      if (verb - k > 4) return null;
      k--;
    }
    if (k < 2 || !t.get(k - 1).word().equals(",")) return null;
    int end = k - 2;
    int start = end;
    while (start - 1 >= 0 && (t.get(start - 1).pos().startsWith("NN")
        || t.get(start - 1).pos().startsWith("JJ"))) {
      start--;
    }
    if (!t.get(end).pos().startsWith("NN") || t.get(end).pos().startsWith("NNP")) return null;
    StringBuilder norm = new StringBuilder();
    for (int n = start; n <= end; n++) {
      if (norm.length() > 0) norm.append(' ');
      norm.append(EventNouns.canonical(Names.fold(t.get(n).word())));
    }
    String text = st.document().article().text();
    String place = text.substring(t.get(start).begin(), t.get(end).end());
    return new Claim(st, "where:" + event + ":" + happening, "where the " + event + " "
        + t.get(verb).word().toLowerCase(Locale.ROOT), "WHERE", place, norm.toString(), null,
        !happening.equals("happened") && !happening.equals("struck"));
  }

  /** Which hospital the injured were taken to: a named hospital after a verb of moving. */
  List<Claim> hospitals(Statement st) {
    List<Token> t = st.sentence().tokens();
    List<Claim> out = new ArrayList<>();
    for (int i = 0; i + 2 < t.size(); i++) {
      if (!t.get(i).pos().startsWith("VB") || !TAKEN.contains(t.get(i).lemma())) continue;
      String prep = t.get(i + 1).word().toLowerCase(Locale.ROOT);
      if (!Set.of("to", "at", "in").contains(prep)) continue;
      int from = i + 2;
      int to = from;
      while (to < t.size() && to < from + 6 && (t.get(to).pos().startsWith("NNP")
          || t.get(to).pos().equals("POS") || t.get(to).word().equals("'s"))) {
        to++;
      }
      if (to < t.size() && t.get(to).word().toLowerCase(Locale.ROOT).startsWith("hospital")) to++;
      if (to == from || !t.get(to - 1).word().toLowerCase(Locale.ROOT).startsWith("hospital")) {
        continue;
      }
      StringBuilder norm = new StringBuilder();
      for (int n = from; n < to - 1; n++) {
        if (!t.get(n).pos().startsWith("NNP")) continue;
        if (norm.length() > 0) norm.append(' ');
        norm.append(Names.fold(t.get(n).word()));
      }
      if (norm.length() == 0) continue;
      String text = st.document().article().text();
      String place = text.substring(t.get(from).begin(), t.get(to - 1).end());
      out.add(new Claim(st, "where:hospital", "hospital the injured were taken to", "WHERE",
          place, norm.toString(), null, true));
    }
    return out;
  }

  /** The event noun the happening is about ("the fire" in "the fire started"). */
  private static String eventBefore(List<Token> t, int i) {
    for (int k = i - 1; k >= Math.max(0, i - 4); k--) {
      Token x = t.get(k);
      if (x.pos().startsWith("NN") && !x.pos().startsWith("NNP")) return EventNouns.canonical(x.word());
      boolean relative = x.pos().equals("WDT") || x.word().equals(",");
      if (!(x.pos().startsWith("RB") || x.pos().startsWith("VB") || x.pos().equals("MD")
          || relative)) {
        return null;
      }
    }
    return null;
  }
}
