package org.newsfuse.eval.rouge;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One summary as ROUGE-1.5.5 reads it: one sentence (unit) per line, lower-cased, cut to the length
 * limit, then stripped of everything but letters, digits and hyphens. Mirrors the script's
 * {@code readText} (whole text, for n-grams and skip-bigrams) and {@code readText_LCS} (one string
 * per unit, for ROUGE-L), including their differences.
 *
 * <p>The script works on bytes, so text is seen as its UTF-8 bytes: a non-ASCII letter becomes
 * spaces (one per byte) and counts toward the byte limit byte by byte.
 */
final class SummaryText {
  private SummaryText() {
  }

  /** Non-empty lines, lower-cased as the script's {@code tr/A-Z/a-z/}, in Perl's byte view. */
  static List<String> sentences(List<String> lines) {
    List<String> out = new ArrayList<>();
    for (String line : lines) {
      String bytes = asPerlBytes(line);
      for (String part : bytes.split("\n", -1)) {
        if (!part.isEmpty()) {
          out.add(asciiLowerCase(part));
        }
      }
    }
    return out;
  }

  /** {@code readText}: the cut text joined by spaces and normalized, or null when empty. */
  static String joined(List<String> sentences, int wordLimit, int byteLimit) {
    String text;
    if (wordLimit == 0 && byteLimit == 0) {
      text = String.join(" ", sentences);
    } else if (wordLimit != 0) {
      text = cutWords(sentences, wordLimit);
    } else {
      text = cutBytes(sentences, byteLimit);
    }
    return text == null ? null : normalize(text);
  }

  /** {@code readText_LCS}: the cut text as normalized units. */
  static List<String> units(List<String> sentences, int wordLimit, int byteLimit) {
    List<String> units = new ArrayList<>();
    if (wordLimit == 0 && byteLimit == 0) {
      units.addAll(sentences);
    } else if (wordLimit != 0) {
      int length = 0;
      for (String s : sentences) {
        List<String> tokens = PerlWhitespace.split(s);
        if (length + tokens.size() < wordLimit) {
          length += tokens.size();
          units.add(s);
        } else {
          units.add(String.join(" ", tokens.subList(0, wordLimit - length)));
          break;
        }
      }
    } else {
      // As in the script, the running byte count is never advanced here, so only a single sentence
      // longer than the limit is cut; kept for faithfulness.
      for (String s : sentences) {
        if (s.length() < byteLimit) {
          units.add(s);
        } else {
          units.add(s.substring(0, byteLimit));
          break;
        }
      }
    }
    List<String> normalized = new ArrayList<>(units.size());
    for (String unit : units) {
      normalized.add(normalize(unit));
    }
    return normalized;
  }

  private static String cutWords(List<String> sentences, int wordLimit) {
    StringBuilder text = new StringBuilder();
    int length = 0;
    for (String s : sentences) {
      List<String> tokens = PerlWhitespace.split(s);
      if (length + tokens.size() < wordLimit) {
        if (length != 0) {
          text.append(' ');
        }
        text.append(s);
        length += tokens.size();
      } else {
        if (length > 0) {
          text.append(' ');
        }
        text.append(String.join(" ", tokens.subList(0, wordLimit - length)));
        break;
      }
    }
    return text.length() > 0 ? text.toString() : null;
  }

  private static String cutBytes(List<String> sentences, int byteLimit) {
    StringBuilder text = new StringBuilder();
    int length = 0;
    for (String s : sentences) {
      if (length + s.length() < byteLimit) {
        if (length != 0) {
          text.append(' ');
        }
        text.append(s);
        length += s.length();
      } else {
        if (length > 0) {
          text.append(' ');
        }
        text.append(s, 0, Math.min(s.length(), byteLimit - length));
        break;
      }
    }
    return text.length() > 0 ? text.toString() : null;
  }

  /** {@code s/-/ - /g; s/[^A-Za-z0-9-]/ /g;} then trim and squeeze whitespace. */
  static String normalize(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    boolean pendingSpace = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
      if (c == '-') {
        if (out.length() > 0) {
          out.append(' ');
        }
        out.append('-');
        pendingSpace = true;
      } else if (keep) {
        if (pendingSpace && out.length() > 0) {
          out.append(' ');
        }
        pendingSpace = false;
        out.append(c);
      } else {
        pendingSpace = true;
      }
    }
    return out.toString();
  }

  private static String asPerlBytes(String text) {
    return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
  }

  private static String asciiLowerCase(String s) {
    char[] chars = s.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      if (chars[i] >= 'A' && chars[i] <= 'Z') {
        chars[i] = (char) (chars[i] + ('a' - 'A'));
      }
    }
    return new String(chars);
  }
}
