package org.newsfuse.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.newsfuse.model.Sentence;
import org.newsfuse.model.Token;

/**
 * Finds the quantities a sentence states and what each counts: "14 injured", "three other people
 * were wounded", "at least eight shots", "shot four or five times", "a 22-year-old gunman". The
 * slot is read from the words around the number (a casualty word after or before it, the counted
 * noun, "times" after a shooting verb), because comparing numbers is only meaningful when they
 * count the same thing. Written by hand: no library on Maven Central attaches numbers to their
 * counted nouns; a dependency parse would, but costs more than the whole story analysis.
 */
final class QuantityExtractor {
  private static final Map<String, String> CASUALTY = Map.ofEntries(
      Map.entry("injure", "injured"), Map.entry("injured", "injured"),
      Map.entry("wound", "injured"), Map.entry("wounded", "injured"),
      Map.entry("hurt", "injured"), Map.entry("injury", "injured"),
      Map.entry("kill", "killed"), Map.entry("killed", "killed"), Map.entry("dead", "killed"),
      Map.entry("die", "killed"), Map.entry("died", "killed"), Map.entry("death", "killed"),
      Map.entry("fatality", "killed"), Map.entry("toll", "killed"),
      Map.entry("missing", "missing"), Map.entry("unaccounted", "missing"),
      Map.entry("rescue", "rescued"), Map.entry("rescued", "rescued"),
      Map.entry("arrest", "arrested"), Map.entry("arrested", "arrested"),
      Map.entry("detain", "arrested"), Map.entry("detained", "arrested"),
      Map.entry("hospitalize", "hospitalised"), Map.entry("hospitalise", "hospitalised"),
      Map.entry("hospitalized", "hospitalised"), Map.entry("hospitalised", "hospitalised"),
      Map.entry("evacuate", "evacuated"), Map.entry("evacuated", "evacuated"),
      // "14 people were taken to hospital" counts the injured too
      Map.entry("hospital", "injured"), Map.entry("treat", "injured"),
      Map.entry("treated", "injured"));
  /** Spans of time: "three hours", "eleven years" are durations, not counts of the story. */
  private static final Set<String> DURATIONS = Set.of("second", "minute", "hour", "day", "week",
      "month", "year", "decade", "century");
  private static final Set<String> PEOPLE = Set.of("people", "person", "other", "others",
      "passenger", "civilian", "crew", "member", "officer", "worker", "child", "adult", "man",
      "woman", "student", "tourist", "resident", "victim", "soldier", "policeman", "guest",
      "visitor", "sailor", "fisherman", "firefighter", "miner", "patient", "bystander");
  private static final Set<String> SHOOTING = Set.of("shoot", "shot", "fire", "fired", "hit",
      "stab", "stabbed", "strike", "struck");
  private static final Set<String> SKIPPABLE = Set.of("other", "more", "additional", "further",
      "-", "of", "the", "their", "those", "these");
  private static final Set<String> SKIP_DATE_NER = Set.of("DATE", "TIME", "DURATION", "SET",
      "MONEY", "ORDINAL");
  private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may",
      "june", "july", "august", "september", "october", "november", "december", "jan", "feb",
      "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");
  private static final Set<String> NOT_ONE_BEFORE = Set.of("no", "the", "this", "that", "every",
      "any", "which", "each", "another", "only");

  List<Quantity> extract(Sentence sentence, String articleText) {
    List<Token> t = sentence.tokens();
    List<Quantity> out = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      Token tok = t.get(i);
      OptionalDouble age = NumberWords.age(tok.word());
      if (age.isPresent()) {
        out.add(ageQuantity(t, i, i, age.getAsDouble(), articleText, true));
        continue;
      }
      if (!isCount(t, i)) continue;
      int start = i;
      double value = NumberWords.value(tok.word()).getAsDouble();
      int end = i; // inclusive end of the number phrase
      while (end + 1 < t.size() && NumberWords.isScale(t.get(end + 1).word())) {
        value *= NumberWords.value(t.get(end + 1).word()).getAsDouble();
        end++;
      }
      double low = value;
      double high = value;
      if (end + 2 < t.size() && Set.of("or", "to", "-", "–").contains(lower(t.get(end + 1)))
          && NumberWords.value(t.get(end + 2).word()).isPresent()
          && !SKIP_DATE_NER.contains(t.get(end + 2).ner())) {
        high = NumberWords.value(t.get(end + 2).word()).getAsDouble();
        end += 2;
      }
      // qualifier before the number
      String q1 = start >= 1 ? lower(t.get(start - 1)) : "";
      String q2 = start >= 2 ? lower(t.get(start - 2)) + " " + q1 : "";
      int phraseStart = start;
      if (q2.equals("at least") || q2.equals("no fewer") || q2.equals("as many")
          || q2.equals("more than") || q2.equals("over than") || q2.equals("fewer than")
          || q2.equals("less than") || q2.equals("up to")) {
        phraseStart = start - 2;
      } else if (Set.of("over", "nearly", "almost", "about", "around", "approximately", "some",
          "roughly", "estimated", "under", "least", "only").contains(q1)) {
        phraseStart = start - 1;
      }
      switch (q2) {
        case "at least", "no fewer" -> high = Double.POSITIVE_INFINITY;
        case "more than" -> {
          low = value + 0.5;
          high = Double.POSITIVE_INFINITY;
        }
        case "fewer than", "less than" -> {
          low = 0;
          high = value - 0.5;
        }
        case "up to", "as many" -> low = 0;
        default -> {
          switch (q1) {
            case "over" -> {
              low = value + 0.5;
              high = Double.POSITIVE_INFINITY;
            }
            case "nearly", "almost", "under" -> {
              low = value * 0.8;
              high = value;
            }
            case "about", "around", "approximately", "some", "roughly", "estimated" -> {
              low = value * 0.85;
              high = value * 1.15;
            }
            default -> {
            }
          }
        }
      }
      Quantity q = slotted(t, phraseStart, start, end, low, high, articleText);
      if (q != null) out.add(q);
      i = end;
    }
    return out;
  }

  /** A token that is a count (not a year, clock time, date, ordinal or money). */
  private static boolean isCount(List<Token> t, int i) {
    Token tok = t.get(i);
    if (NumberWords.value(tok.word()).isEmpty()) return false;
    if (SKIP_DATE_NER.contains(tok.ner())) return false;
    String w = lower(tok);
    if (NumberWords.isScale(w) || w.equals("dozen")) return false;
    if (w.matches("(1[89]|20)\\d\\d")) return false; // a year
    if (i > 0 && (MONTHS.contains(lower(t.get(i - 1))) || t.get(i - 1).word().equals("$"))) {
      return false;
    }
    if (i + 1 < t.size() && (MONTHS.contains(lower(t.get(i + 1)))
        || Set.of("%", "percent", "a.m.", "p.m.", "am", "pm", "o'clock").contains(lower(t.get(i + 1))))) {
      return false;
    }
    if (w.equals("one")) {
      if (i > 0 && lower(t.get(i - 1)).equals("by")) return false; // "one by one"
      if (i > 0 && NOT_ONE_BEFORE.contains(lower(t.get(i - 1)))) return false;
      if (i + 1 >= t.size() || Set.of("of", "another", ",", "'s").contains(lower(t.get(i + 1)))) {
        return false;
      }
    }
    return true;
  }

  private Quantity slotted(List<Token> t, int phraseStart, int numStart, int numEnd, double low,
                           double high, String articleText) {
    int j = numEnd + 1;
    if (j < t.size() && lower(t.get(j)).equals("of")) {
      return null; // "three of them": a part of a group counted elsewhere
    }
    while (j < t.size() && (SKIPPABLE.contains(lower(t.get(j)))
        || (t.get(j).pos().startsWith("JJ") && !CASUALTY.containsKey(lower(t.get(j)))
            && !CASUALTY.containsKey(t.get(j).lemma())))) {
      j++;
    }
    String slot = null;
    String label = null;
    int phraseEnd = numEnd;
    if (j < t.size()) {
      Token next = t.get(j);
      String cat = casualty(next);
      if (cat != null) {
        slot = cat;
        phraseEnd = j;
      } else if (next.pos().startsWith("NN") || next.pos().isEmpty()) {
        while (j + 1 < t.size() && t.get(j + 1).pos().startsWith("NN")
            && !t.get(j + 1).pos().startsWith("NNP")) {
          j++; // the head of a compound is its last noun ("security sources")
        }
        next = t.get(j);
        String head = next.lemma().toLowerCase(Locale.ROOT);
        phraseEnd = j;
        if (head.equals("year")) {
          int old = j + 1 < t.size() && lower(t.get(j + 1)).equals("-") ? j + 2 : j + 1;
          if (old < t.size() && lower(t.get(old)).equals("old")) {
            // "22-year-old gunman" (hyphenated, before its subject) or "62 years old" (after it)
            boolean hyphenated = old == j + 2;
            return ageQuantity(t, numStart, old, low, articleText, hyphenated);
          }
        }
        if (DURATIONS.contains(head)) {
          return null;
        }
        if (Set.of("shot", "bullet", "round", "gunshot").contains(head)) {
          slot = "shots";
        } else if (head.equals("time")) {
          if (near(t, numStart, -8, SHOOTING)) slot = "shots";
          else return null;
        } else if (PEOPLE.contains(head)) {
          int k = casualtyAround(t, numStart, j);
          if (k >= 0) {
            slot = casualty(t.get(k));
            if (k > j) phraseEnd = Math.max(phraseEnd, k);
          } else {
            slot = "count:" + head;
            label = "number of " + lower(next);
          }
        } else if (next.pos().startsWith("NNP")) {
          return null; // "Apollo 11", "Flight 370": a name, not a count
        } else {
          slot = "count:" + head;
          label = "number of " + lower(next);
        }
      }
    }
    if (slot == null) {
      int k = casualtyAround(t, numStart, numEnd);
      if (k < 0 || k > numEnd) return null;
      slot = casualty(t.get(k));
    }
    if (label == null) label = labelOf(slot);
    int begin = t.get(phraseStart).begin();
    int end = t.get(phraseEnd).end();
    boolean specific = !slot.startsWith("count:");
    return new Quantity(low, high, slot, label, articleText.substring(begin, end)
        .replaceAll("\\s+", " "), begin, end, specific);
  }

  /** A casualty word after the counted noun ("people were injured") or a verb before the number. */
  private static int casualtyAround(List<Token> t, int numStart, int headEnd) {
    for (int k = headEnd + 1; k < Math.min(t.size(), headEnd + 8); k++) {
      String w = lower(t.get(k));
      if (casualty(t.get(k)) != null) return k;
      if (Set.of(",", ";", "and", "but", "who", "which", "that", "as").contains(w)) break;
    }
    for (int k = numStart - 1; k >= Math.max(0, numStart - 7); k--) {
      if (casualty(t.get(k)) != null) return k;
      String w = lower(t.get(k));
      if (Set.of(";", ".", ":", ",", "as", "while", "but", "after", "before").contains(w)
          || t.get(k).pos().equals("CD")) {
        break;
      }
    }
    return -1;
  }

  private Quantity ageQuantity(List<Token> t, int start, int end, double age, String articleText,
                               boolean before) {
    String who = AgeSubject.of(t, start, end, before);
    int begin = t.get(start).begin();
    int stop = t.get(end).end();
    return new Quantity(age, age, "age:" + who, "age of " + AgeSubject.label(who),
        articleText.substring(begin, stop).replaceAll("\\s+", " "), begin, stop, true);
  }

  static String labelOf(String slot) {
    return switch (slot) {
      case "shots" -> "number of shots";
      case "injured", "killed", "missing", "rescued", "arrested", "hospitalised", "evacuated" ->
          "number " + slot;
      default -> slot;
    };
  }

  static String casualty(Token tok) {
    String c = CASUALTY.get(lower(tok));
    return c != null ? c : CASUALTY.get(tok.lemma().toLowerCase(Locale.ROOT));
  }

  private static boolean near(List<Token> t, int from, int window, Set<String> words) {
    for (int k = from - 1; k >= Math.max(0, from + window); k--) {
      if (words.contains(lower(t.get(k))) || words.contains(t.get(k).lemma())) return true;
    }
    return false;
  }

  static String lower(Token t) {
    return t.word().toLowerCase(Locale.ROOT);
  }
}
