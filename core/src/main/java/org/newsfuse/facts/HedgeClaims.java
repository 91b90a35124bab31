package org.newsfuse.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Statements on what caused an event or who was behind it, firm ("the fire was caused by an
 * electrical fault") or hedged ("it is too early to say what caused the fire"). A hedge against a
 * firm claim is a disagreement of its own: one outlet says it is known, another that it is not.
 */
final class HedgeClaims {
  private static final String HEDGE = "(?:too early to (?:say|tell|know|determine|speculate)"
      + "|not (?:yet |immediately |entirely )?(?:known|clear|determined|established|confirmed)"
      + "|unclear|unknown|under investigation|being investigated|investigating|yet to be determined"
      + "|no (?:one|group) (?:has |had )?(?:yet )?claimed)";
  private static final Pattern HEDGED_CAUSE = Pattern.compile(HEDGE
      + ".{0,40}?\\b(?:what (?:caused|started|sparked|triggered)|the cause of|caused|why|how) "
      + "(?:the |this |that )?(\\w+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern CAUSE_HEDGED = Pattern.compile(
      "\\bcause of (?:the |this |that )?(\\w+) (?:is|was|has|had|remains?)\\b.{0,30}?" + HEDGE,
      Pattern.CASE_INSENSITIVE);
  private static final Pattern FIRM_CAUSE = Pattern.compile(
      "\\b(?:the |this |that )?(\\w+) (?:was|were|had been|has been|is) (?:\\w+ ){0,2}?"
          + "(?:caused|started|sparked|triggered|set off) by ((?:an? |the )?[\\w-]+(?: [\\w-]+){0,3})",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern CAUSE_WAS = Pattern.compile(
      "\\bcause of (?:the |this |that )?(\\w+) (?:was|is) (?:\\w+ ){0,1}?"
          + "((?:an? |the )?[\\w-]+(?: [\\w-]+){0,3})", Pattern.CASE_INSENSITIVE);
  private static final Pattern HEDGED_WHO = Pattern.compile(HEDGE
      + ".{0,20}?\\bwho (?:was|is|were) (?:behind|responsible for) (?:the |this )?(\\w+)",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern FIRM_WHO = Pattern.compile(
      "((?:[\\w-]+[”\"’]? ){1,3})(?:was|were|are|is) (?:behind|responsible for) (?:the |this )?(\\w+)",
      Pattern.CASE_INSENSITIVE);
  private static final Set<String> STOP = Set.of("a", "an", "the", "of", "by", "in", "on", "and",
      "that", "it", "they", "who", "which", "what", "this", "was", "were", "is", "ones", "those",
      "these", "one", "he", "she", "we");

  List<Claim> claims(Statement st) {
    String text = st.text();
    List<Claim> out = new ArrayList<>();
    Matcher m = HEDGED_CAUSE.matcher(text);
    if (m.find()) {
      out.add(cause(st, m.group(1), "unclear", clip(text, m.start(), m.end())));
    } else if ((m = CAUSE_HEDGED.matcher(text)).find()) {
      out.add(cause(st, m.group(1), "unclear", clip(text, m.start(), m.end())));
    } else if ((m = FIRM_CAUSE.matcher(text)).find() || (m = CAUSE_WAS.matcher(text)).find()) {
      String value = content(m.group(2));
      String event = STOP.contains(m.group(1).toLowerCase(Locale.ROOT)) ? eventIn(text)
          : m.group(1);
      if (!value.isEmpty() && event != null) {
        out.add(cause(st, event, value, trimStopwords(m.group(2))));
      }
    }
    Matcher w = HEDGED_WHO.matcher(text);
    if (w.find()) {
      out.add(behind(st, w.group(1), "unclear", clip(text, w.start(), w.end())));
    } else if ((w = FIRM_WHO.matcher(text)).find()) {
      String value = content(w.group(1));
      if (!value.isEmpty() && !value.equals("unclear")) {
        out.add(behind(st, w.group(2), value, w.group(1).strip().replaceAll("[”\"’“]", "")));
      }
    }
    return out;
  }

  /** The first event noun of the sentence ("The fire started ... and was caused by ..."). */
  private static String eventIn(String text) {
    for (String w : text.split("[^\\p{L}]+")) {
      String c = EventNouns.canonical(w);
      if (Set.of("fire", "explosion", "crash", "attack", "spill", "failure").contains(c)) return w;
    }
    return null;
  }

  private static String trimStopwords(String phrase) {
    String[] words = phrase.strip().split("\\s+");
    int end = words.length;
    while (end > 1 && STOP.contains(words[end - 1].toLowerCase(Locale.ROOT))) end--;
    return String.join(" ", java.util.Arrays.copyOf(words, end));
  }

  private static Claim cause(Statement st, String event, String norm, String value) {
    String e = EventNouns.canonical(event);
    return new Claim(st, "cause:" + e, "cause of the " + e, "HEDGE", value, norm, null, true);
  }

  private static Claim behind(Statement st, String event, String norm, String value) {
    String e = EventNouns.canonical(event);
    return new Claim(st, "behind:" + e, "who was behind the " + e, "HEDGE", value, norm, null,
        true);
  }

  private static String clip(String text, int start, int end) {
    return text.substring(start, end).strip();
  }

  /** Content words of a phrase, folded, space-separated ("an electrical fault" -> "electrical fault"). */
  static String content(String phrase) {
    StringBuilder sb = new StringBuilder();
    for (String w : Names.fold(phrase).split("\\s+")) {
      if (w.isEmpty() || STOP.contains(w.toLowerCase(Locale.ROOT))) continue;
      if (sb.length() > 0) sb.append(' ');
      w = w.replaceAll("[^a-z0-9-]", "");
      sb.append(EventNouns.canonical(w));
    }
    return sb.toString();
  }
}
