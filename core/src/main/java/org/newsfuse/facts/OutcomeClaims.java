package org.newsfuse.facts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsfuse.model.Token;

/**
 * What a statement says became of someone: killed, captured, rescued, missing, alive, unharmed,
 * injured — or that it is not clear which ("it was not immediately clear whether the captain had
 * left the ship"), which is a version of its own.
 */
final class OutcomeClaims {
  private static final Map<String, String> STATE = Map.ofEntries(
      Map.entry("kill", "killed"), Map.entry("killed", "killed"), Map.entry("dead", "killed"),
      Map.entry("die", "killed"), Map.entry("died", "killed"), Map.entry("assassinate", "killed"),
      Map.entry("assassinated", "killed"), Map.entry("slay", "killed"),
      Map.entry("capture", "captured"), Map.entry("captured", "captured"),
      Map.entry("arrest", "captured"), Map.entry("arrested", "captured"),
      Map.entry("detain", "captured"), Map.entry("detained", "captured"),
      Map.entry("apprehend", "captured"), Map.entry("custody", "captured"),
      Map.entry("rescue", "rescued"), Map.entry("rescued", "rescued"),
      Map.entry("missing", "missing"), Map.entry("unaccounted", "missing"),
      Map.entry("alive", "alive"), Map.entry("survive", "alive"), Map.entry("survived", "alive"),
      Map.entry("unharmed", "unharmed"), Map.entry("unhurt", "unharmed"),
      Map.entry("uninjured", "unharmed"), Map.entry("injure", "injured"),
      Map.entry("injured", "injured"), Map.entry("wound", "injured"),
      Map.entry("wounded", "injured"), Map.entry("hurt", "injured"));
  private static final Pattern UNCLEAR = Pattern.compile(
      "\\b(?:not (?:immediately |yet |entirely )?(?:clear|known|confirmed|certain)|unclear|unknown"
          + "|unconfirmed|conflicting reports?)\\b", Pattern.CASE_INSENSITIVE);
  /** "captured by the press", "captured on camera": photographed, not arrested. */
  private static final Set<String> MEDIA = Set.of("press", "camera", "cameras", "photographer",
      "photographers", "media", "video", "film", "cctv", "footage", "lens");

  List<Claim> claims(Statement st) {
    List<Token> t = st.sentence().tokens();
    String text = st.text();
    boolean hedged = UNCLEAR.matcher(text).find();
    int whether = indexOfWord(t, Set.of("whether", "if"));
    List<Claim> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    boolean[] quoted = QuotedTokens.mark(t);
    for (int i = 0; i < t.size(); i++) {
      Token tok = t.get(i);
      if (quoted[i]) continue; // what someone shouted or said is not the outlet's report
      String state = STATE.get(tok.word().toLowerCase(Locale.ROOT));
      if (state == null) state = STATE.get(tok.lemma().toLowerCase(Locale.ROOT));
      if (state == null || !(tok.pos().startsWith("VB") || tok.pos().startsWith("JJ")
          || tok.pos().startsWith("NN") && state.equals("captured"))) {
        continue;
      }
      if (negated(t, i) || photographed(t, i) || state.equals("injured") && tok.pos().equals("JJ")
          && i + 1 < t.size() && t.get(i + 1).pos().startsWith("NN")) {
        continue; // "not killed", "captured on camera", "injured people" (a count, not a fate)
      }
      if (state.equals("killed") && i > 0 && t.get(i - 1).word().equalsIgnoreCase("fatally")) {
        state = "killed";
      }
      if (tok.lemma().equals("shoot") && i > 0) continue;
      SubjectFinder.Subject subject = SubjectFinder.of(t, i);
      if (subject == null) continue;
      boolean unclear = hedged && whether >= 0 && i > whether;
      String norm = unclear ? "unclear" : state;
      String value = unclear ? "unclear: " + text.substring(
          Math.max(0, t.get(whether).begin() - st.sentence().span().begin())).replaceAll("[.]$", "")
          : phrase(t, i, st);
      if (!seen.add(subject.key() + "|" + norm)) continue;
      out.add(new Claim(st, "fate:" + subject.key(), "fate of " + subject.label(), "OUTCOME",
          value, norm, null, Names.role(subject.key()) != null));
    }
    // "not immediately clear whether Captain X had left the ship": X's fate is unclear
    if (hedged && whether >= 0) {
      for (int k = whether + 1; k < Math.min(t.size(), whether + 6); k++) {
        SubjectFinder.Subject subject = SubjectFinder.at(t, k);
        if (subject == null) continue;
        if (seen.add(subject.key() + "|unclear")) {
          String value = "unclear: " + text.substring(Math.max(0,
              t.get(whether).begin() - st.sentence().span().begin())).replaceAll("[.]$", "");
          out.add(new Claim(st, "fate:" + subject.key(), "fate of " + subject.label(), "OUTCOME",
              value, "unclear", null, true));
        }
        break;
      }
    }
    // "fatally shot" is a fate too
    for (int i = 1; i < t.size(); i++) {
      if (t.get(i).lemma().equals("shoot") && t.get(i - 1).word().equalsIgnoreCase("fatally")) {
        SubjectFinder.Subject subject = SubjectFinder.of(t, i);
        if (subject != null && seen.add(subject.key() + "|killed")) {
          out.add(new Claim(st, "fate:" + subject.key(), "fate of " + subject.label(), "OUTCOME",
              "fatally shot", "killed", null, Names.role(subject.key()) != null));
        }
      }
    }
    return out;
  }

  private static String phrase(List<Token> t, int i, Statement st) {
    int from = i;
    while (from > 0 && (t.get(from - 1).pos().startsWith("RB") || t.get(from - 1).pos().startsWith("VB")
        || t.get(from - 1).word().equalsIgnoreCase("shot"))
        && i - from < 3) {
      from--;
    }
    String article = st.document().article().text();
    return article.substring(t.get(from).begin(), t.get(i).end()).replaceAll("\\s+", " ");
  }

  private static boolean negated(List<Token> t, int i) {
    for (int k = i - 1; k >= Math.max(0, i - 3); k--) {
      String w = t.get(k).word().toLowerCase(Locale.ROOT);
      if (w.equals("not") || w.equals("n't") || w.equals("never") || w.equals("no")) return true;
    }
    return false;
  }

  private static boolean photographed(List<Token> t, int i) {
    for (int k = i + 1; k < Math.min(t.size(), i + 6); k++) {
      if (MEDIA.contains(t.get(k).word().toLowerCase(Locale.ROOT))) return true;
    }
    return false;
  }

  private static int indexOfWord(List<Token> t, Set<String> words) {
    for (int i = 0; i < t.size(); i++) {
      if (words.contains(t.get(i).word().toLowerCase(Locale.ROOT))) return i;
    }
    return -1;
  }
}
