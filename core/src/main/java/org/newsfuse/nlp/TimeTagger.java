package org.newsfuse.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Dates and times in a sentence, normalised by SUTime against a reference date. SUTime is the
 * costly part of CoreNLP's NER, so it only runs on sentences with a token that can start a date
 * or time (a digit, a month or weekday name, "yesterday", "tonight"...).
 */
public final class TimeTagger {
  private static final Set<String> TRIGGERS = Set.of(
      "january", "february", "march", "april", "may", "june", "july", "august", "september",
      "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
      "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday", "today", "tonight", "yesterday", "tomorrow", "morning", "afternoon",
      "evening", "night", "overnight", "noon", "midday", "midnight", "week", "weekend", "month",
      "year", "decade", "century", "ago", "christmas", "easter", "dawn", "dusk", "spring",
      "summer", "autumn", "fall", "winter");

  /**
   * Words that name a time only in lower case. Capitalised inside a sentence they are part of a
   * name ("the ferry Selka Dawn", "Operation Winter Shield"), which SUTime would read as a time.
   */
  private static final Set<String> LOWER_CASE_TIMES = Set.of("dawn", "dusk", "morning",
      "afternoon", "evening", "night", "tonight", "noon", "midday", "midnight", "spring", "summer",
      "autumn", "fall", "winter", "today", "yesterday", "tomorrow");
  private static final Pattern A_M_P_M = Pattern.compile("(?i)\\b[ap]\\.m\\.$");

  /**
   * The DATE and TIME expressions of one CoreNLP sentence (with tokens).
   *
   * @param referenceDate ISO date ("2016-12-19") relative expressions resolve against, or null to
   *                      leave them unresolved ("XXXX-WXX-2")
   */
  public List<TimeMatch> find(CoreMap sentence, String referenceDate) {
    List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
    if (tokens == null || !mayHoldTime(tokens)) return List.of();
    List<TimeMatch> out = new ArrayList<>();
    for (CoreMap m : CoreNlpPipeline.sutime().extractTimeExpressionCoreMaps(sentence,
        referenceDate)) {
      Timex timex = m.get(TimeAnnotations.TimexAnnotation.class);
      if (timex == null || timex.value() == null) continue;
      String type = timex.timexType();
      if (!"DATE".equals(type) && !"TIME".equals(type)) continue;
      if (partOfName(m, tokens)) continue;
      Integer begin = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      Integer end = m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      if (begin == null || end == null) continue;
      String text = m.get(CoreAnnotations.TextAnnotation.class);
      // The tokenizer reads a sentence-final "7:10am." as the abbreviation "am."; the full stop
      // belongs to the sentence.
      if (text.endsWith(".") && !A_M_P_M.matcher(text).find()) {
        text = text.substring(0, text.length() - 1);
        end = end - 1;
      }
      out.add(new TimeMatch(begin, end, text, timex.value(), type));
    }
    return out;
  }

  private static boolean partOfName(CoreMap match, List<CoreLabel> sentence) {
    List<CoreLabel> tokens = match.get(CoreAnnotations.TokensAnnotation.class);
    if (tokens == null) return false;
    int sentenceStart = sentence.get(0).beginPosition();
    for (CoreLabel t : tokens) {
      String w = t.word();
      if (t.beginPosition() > sentenceStart && !w.isEmpty() && Character.isUpperCase(w.charAt(0))
          && LOWER_CASE_TIMES.contains(w.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  static boolean mayHoldTime(List<CoreLabel> tokens) {
    for (CoreLabel t : tokens) {
      String w = t.word();
      if (w.isEmpty()) continue;
      if (Character.isDigit(w.charAt(0))) return true;
      if (TRIGGERS.contains(w.toLowerCase(Locale.ROOT))) return true;
    }
    return false;
  }
}
