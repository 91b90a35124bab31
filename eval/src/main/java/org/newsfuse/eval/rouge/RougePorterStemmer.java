package org.newsfuse.eval.rouge;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Porter stemmer exactly as embedded in ROUGE-1.5.5.pl (Martin Porter's Perl "Release 1" with
 * Chin-Yew Lin's 2004 change to step 4: a word ending in "-ement" is stripped by the "-ement" rule and
 * then tried again for "-ment" and "-ent", applied in sequence instead of as alternatives).
 *
 * <p>Written by hand because no library ships this variant: Lucene's and Snowball's "Porter" stemmers
 * follow the original paper (or Porter2), and they stem words such as "agreement", "statement" or
 * "environment" differently, which moves published ROUGE figures. Each rule below is the script's
 * regular expression, applied the same way ({@code $`} is the text before the match).
 */
public final class RougePorterStemmer {
  private static final String CONSONANT = "[^aeiou]";
  private static final String VOWEL = "[aeiouy]";
  private static final String CONSONANTS = CONSONANT + "[^aeiouy]*";
  private static final String VOWELS = VOWEL + "[aeiou]*";

  /** [C]VC... : measure m > 0. */
  private static final Pattern M_GT_0 = Pattern.compile("^(" + CONSONANTS + ")?" + VOWELS + CONSONANTS);
  /** [C]VC[V] : measure m = 1. */
  private static final Pattern M_EQ_1 =
      Pattern.compile("^(" + CONSONANTS + ")?" + VOWELS + CONSONANTS + "(" + VOWELS + ")?$");
  /** [C]VCVC... : measure m > 1. */
  private static final Pattern M_GT_1 =
      Pattern.compile("^(" + CONSONANTS + ")?" + VOWELS + CONSONANTS + VOWELS + CONSONANTS);
  /** The stem contains a vowel. */
  private static final Pattern HAS_VOWEL = Pattern.compile("^(" + CONSONANTS + ")?" + VOWEL);
  /** Consonant-vowel-consonant ending, the last not w, x or y. */
  private static final Pattern SHORT_CVC = Pattern.compile("^" + CONSONANTS + VOWEL + "[^aeiouwxy]$");

  private static final Pattern STEP1A_SSES_IES = Pattern.compile("(ss|i)es$");
  private static final Pattern STEP1A_S = Pattern.compile("([^s])s$");
  private static final Pattern STEP1B_EED = Pattern.compile("eed$");
  private static final Pattern STEP1B_ED_ING = Pattern.compile("(ed|ing)$");
  private static final Pattern STEP1B_AT_BL_IZ = Pattern.compile("(at|bl|iz)$");
  private static final Pattern STEP1B_DOUBLE = Pattern.compile("([^aeiouylsz])\\1$");
  private static final Pattern STEP1C_Y = Pattern.compile("y$");
  private static final Pattern STEP2 = Pattern.compile("(ational|tional|enci|anci|izer|bli|alli|entli|eli|ousli"
      + "|ization|ation|ator|alism|iveness|fulness|ousness|aliti|iviti|biliti|logi)$");
  private static final Pattern STEP3 = Pattern.compile("(icate|ative|alize|iciti|ical|ful|ness)$");
  private static final Pattern STEP4 =
      Pattern.compile("(al|ance|ence|er|ic|able|ible|ant|ement|ou|ism|ate|iti|ous|ive|ize)$");
  private static final Pattern STEP4_MENT = Pattern.compile("ment$");
  private static final Pattern STEP4_ENT = Pattern.compile("ent$");
  private static final Pattern STEP4_ION = Pattern.compile("(s|t)(ion)$");
  private static final Pattern STEP5_E = Pattern.compile("e$");
  private static final Pattern STEP5_LL = Pattern.compile("ll$");

  private static final Map<String, String> STEP2_REPLACEMENTS = Map.ofEntries(
      Map.entry("ational", "ate"), Map.entry("tional", "tion"), Map.entry("enci", "ence"),
      Map.entry("anci", "ance"), Map.entry("izer", "ize"), Map.entry("bli", "ble"), Map.entry("alli", "al"),
      Map.entry("entli", "ent"), Map.entry("eli", "e"), Map.entry("ousli", "ous"), Map.entry("ization", "ize"),
      Map.entry("ation", "ate"), Map.entry("ator", "ate"), Map.entry("alism", "al"), Map.entry("iveness", "ive"),
      Map.entry("fulness", "ful"), Map.entry("ousness", "ous"), Map.entry("aliti", "al"),
      Map.entry("iviti", "ive"), Map.entry("biliti", "ble"), Map.entry("logi", "log"));
  private static final Map<String, String> STEP3_REPLACEMENTS = Map.of(
      "icate", "ic", "ative", "", "alize", "al", "iciti", "ic", "ical", "ic", "ful", "", "ness", "");

  /** Stems one lower-case token the way ROUGE's {@code stem()} does. */
  public String stem(String word) {
    String w = word;
    if (w.length() < 3) {
      return w;
    }
    // Initial y becomes Y so that the patterns never treat it as a vowel.
    boolean initialY = w.charAt(0) == 'y';
    if (initialY) {
      w = "Y" + w.substring(1);
    }
    w = step1a(w);
    w = step1b(w);
    w = step1c(w);
    w = replaceSuffix(w, STEP2, STEP2_REPLACEMENTS);
    w = replaceSuffix(w, STEP3, STEP3_REPLACEMENTS);
    w = step4(w);
    w = step5(w);
    if (initialY) {
      w = "y" + w.substring(1);
    }
    return w;
  }

  private static String step1a(String w) {
    Matcher m = STEP1A_SSES_IES.matcher(w);
    if (m.find()) {
      return w.substring(0, m.start()) + m.group(1);
    }
    m = STEP1A_S.matcher(w);
    if (m.find()) {
      return w.substring(0, m.start()) + m.group(1);
    }
    return w;
  }

  private static String step1b(String w) {
    Matcher m = STEP1B_EED.matcher(w);
    if (m.find()) {
      return M_GT_0.matcher(w.substring(0, m.start())).find() ? w.substring(0, w.length() - 1) : w;
    }
    m = STEP1B_ED_ING.matcher(w);
    if (m.find()) {
      String stem = w.substring(0, m.start());
      if (HAS_VOWEL.matcher(stem).find()) {
        if (STEP1B_AT_BL_IZ.matcher(stem).find()) {
          return stem + "e";
        }
        if (STEP1B_DOUBLE.matcher(stem).find()) {
          return stem.substring(0, stem.length() - 1);
        }
        if (SHORT_CVC.matcher(stem).find()) {
          return stem + "e";
        }
        return stem;
      }
    }
    return w;
  }

  private static String step1c(String w) {
    Matcher m = STEP1C_Y.matcher(w);
    if (m.find()) {
      String stem = w.substring(0, m.start());
      if (HAS_VOWEL.matcher(stem).find()) {
        return stem + "i";
      }
    }
    return w;
  }

  private static String replaceSuffix(String w, Pattern suffixes, Map<String, String> replacements) {
    Matcher m = suffixes.matcher(w);
    if (m.find()) {
      String stem = w.substring(0, m.start());
      if (M_GT_0.matcher(stem).find()) {
        return stem + replacements.get(m.group(1));
      }
    }
    return w;
  }

  private static String step4(String word) {
    String w = word;
    Matcher m = STEP4.matcher(w);
    if (m.find()) {
      w = dropIfLongStem(w, w.substring(0, m.start()));
    }
    m = STEP4_MENT.matcher(w);
    if (m.find()) {
      w = dropIfLongStem(w, w.substring(0, m.start()));
    }
    m = STEP4_ENT.matcher(w);
    if (m.find()) {
      w = dropIfLongStem(w, w.substring(0, m.start()));
    } else {
      m = STEP4_ION.matcher(w);
      if (m.find()) {
        w = dropIfLongStem(w, w.substring(0, m.start()) + m.group(1));
      }
    }
    return w;
  }

  private static String dropIfLongStem(String w, String stem) {
    return M_GT_1.matcher(stem).find() ? stem : w;
  }

  private static String step5(String word) {
    String w = word;
    Matcher m = STEP5_E.matcher(w);
    if (m.find()) {
      String stem = w.substring(0, m.start());
      if (M_GT_1.matcher(stem).find()
          || (M_EQ_1.matcher(stem).find() && !SHORT_CVC.matcher(stem).find())) {
        w = stem;
      }
    }
    if (STEP5_LL.matcher(w).find() && M_GT_1.matcher(w).find()) {
      w = w.substring(0, w.length() - 1);
    }
    return w;
  }
}
