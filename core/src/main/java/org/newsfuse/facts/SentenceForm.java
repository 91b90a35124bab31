package org.newsfuse.facts;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How well a source sentence reads on its own as a briefing line. A fact or a version is shown by one
 * of several sentences saying the same thing; this ranks them the way an editor would: a complete
 * sentence (capital or digit first, closing punctuation, balanced quotation marks, no text repeated
 * by a bad extraction) before a fragment, and one that names its speaker before one that leaves him a
 * pronoun ("..., she added.").
 */
final class SentenceForm {
  static final int FLAW = 10;
  private static final Pattern PRONOUN_ATTRIBUTION = Pattern.compile(
      "(?:,\\s*(?:he|she|they|it)\\s+(?:said|says|added|adds|told \\S+|explained|continued|noted|"
          + "went on)\\s*[.!]?[\"”’']?\\s*$)|(?:^(?:He|She|They)\\s+(?:said|added|told|says|adds)\\b)");
  /** Page furniture pointing at the web page's media ("Below is a clip of ...", "Watch: ..."). */
  private static final Pattern PAGE_MEDIA = Pattern.compile(
      "^(?:watch|see|click|read more|scroll)\\b|\\b(?:below|above|here) (?:is|are) (?:a |an |the |some )?"
          + "(?:\\w+ )?(?:video|footage|picture|photo|image|tweet|clip|map|graphic|gallery)s?\\b",
      Pattern.CASE_INSENSITIVE);
  /** Four words repeated in one sentence are a splice of two extractions, not prose. */
  private static final int REPEAT_WORDS = 4;

  private SentenceForm() {
  }

  /** Penalty of a sentence as a briefing line: 0 reads well; each flaw costs {@link #FLAW}, a pronoun speaker 1. */
  static int penalty(String rawText) {
    String text = StatementText.clean(rawText).strip();
    if (text.isEmpty()) return 3 * FLAW;
    int penalty = 0;
    if (!startsWell(text)) penalty += FLAW;
    if (!endsWell(text)) penalty += FLAW;
    if (!quotesBalanced(text)) penalty += FLAW;
    if (repeatsItself(text)) penalty += FLAW;
    if (PAGE_MEDIA.matcher(text).find()) penalty += FLAW;
    if (PRONOUN_ATTRIBUTION.matcher(text).find()) penalty += 1;
    return penalty;
  }

  private static boolean startsWell(String text) {
    int i = 0;
    while (i < text.length() && "\"“‘'(".indexOf(text.charAt(i)) >= 0) i++;
    if (i >= text.length()) return false;
    int c = text.codePointAt(i);
    return Character.isUpperCase(c) || Character.isDigit(c);
  }

  private static boolean endsWell(String text) {
    int i = text.length() - 1;
    while (i >= 0 && ("\"”’')".indexOf(text.charAt(i)) >= 0 || Character.isWhitespace(text.charAt(i)))) i--;
    return i >= 0 && ".!?".indexOf(text.charAt(i)) >= 0;
  }

  private static boolean quotesBalanced(String text) {
    int straight = 0;
    int open = 0;
    int close = 0;
    int singleOpen = 0;
    int singleClose = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') straight++;
      else if (c == '“') open++;
      else if (c == '”') close++;
      else if (c == '‘') singleOpen++;
      // ’ after punctuation closes a quotation; between letters it is an apostrophe ("ship’s")
      else if (c == '’' && i > 0 && ",.!?".indexOf(text.charAt(i - 1)) >= 0) singleClose++;
    }
    return straight % 2 == 0 && open == close && singleOpen == singleClose;
  }

  private static boolean repeatsItself(String text) {
    List<String> words = List.of(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"));
    Set<String> seen = new HashSet<>();
    for (int i = 0; i + REPEAT_WORDS <= words.size(); i++) {
      String gram = String.join(" ", words.subList(i, i + REPEAT_WORDS));
      if (gram.isBlank()) continue;
      if (!seen.add(gram)) return true;
    }
    return false;
  }
}
