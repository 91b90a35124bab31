package org.newsfuse.ingest;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Brings extracted article text to the one shape later stages rely on: Unicode NFC, "\n" line
 * endings, no invisible characters, no trailing spaces, and paragraphs separated by exactly one
 * blank line ("\n\n"). Single line breaks inside a paragraph are kept.
 */
final class TextNormalizer {
  private static final Pattern LINE_ENDINGS = Pattern.compile("\r\n?|[\u2028\u2029\u0085]");
  /** Zero-width characters, soft hyphens, byte order marks: present in HTML, invisible in text. */
  private static final Pattern INVISIBLE = Pattern.compile("[\u00AD\u200B\u200C\u200D\u2060\uFEFF]");
  /** Control characters other than tab and newline. */
  private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B-\\x1F\\x7F]");
  private static final Pattern HORIZONTAL_SPACE = Pattern.compile("[\t\u00A0\u2007\u202F]");
  private static final Pattern TRAILING_SPACE = Pattern.compile("[ ]+(?=\n|$)");
  private static final Pattern BLANK_LINES = Pattern.compile("\n[ ]*(?:\n[ ]*)+");

  private TextNormalizer() {
  }

  static String normalize(String text) {
    if (text == null) return "";
    String s = text;
    // each pass runs only when its characters occur: most text needs few of them
    if (containsAny(s, "\r\u2028\u2029\u0085")) s = LINE_ENDINGS.matcher(s).replaceAll("\n");
    if (!Normalizer.isNormalized(s, Normalizer.Form.NFC)) s = Normalizer.normalize(s, Normalizer.Form.NFC);
    if (containsAny(s, "\u00AD\u200B\u200C\u200D\u2060\uFEFF")) s = INVISIBLE.matcher(s).replaceAll("");
    if (hasControl(s)) s = CONTROL.matcher(s).replaceAll("");
    if (containsAny(s, "\t\u00A0\u2007\u202F")) s = HORIZONTAL_SPACE.matcher(s).replaceAll(" ");
    if (s.contains(" \n") || s.endsWith(" ")) s = TRAILING_SPACE.matcher(s).replaceAll("");
    if (s.contains("\n\n") || s.contains("\n ")) s = BLANK_LINES.matcher(s).replaceAll("\n\n");
    return s.strip();
  }

  private static boolean containsAny(String s, String chars) {
    for (int i = 0; i < s.length(); i++) {
      if (chars.indexOf(s.charAt(i)) >= 0) return true;
    }
    return false;
  }

  private static boolean hasControl(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7F) return true;
    }
    return false;
  }

  /** One-line form for metadata (titles, outlet names): all whitespace runs become one space. */
  static String oneLine(String value) {
    if (value == null) return null;
    String s = normalize(value).replaceAll("\\s+", " ").strip();
    return s.isEmpty() ? null : s;
  }
}
