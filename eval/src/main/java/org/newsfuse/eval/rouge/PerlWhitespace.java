package org.newsfuse.eval.rouge;

import java.util.ArrayList;
import java.util.List;

/**
 * Perl's {@code split(/\s+/, $s)} on a byte string, which ROUGE uses both to count words for the
 * {@code -l} cut and to tokenize. It differs from Java's {@code String.split}: whitespace is ASCII only,
 * a leading run of whitespace yields a leading empty field (which ROUGE counts as a word when cutting),
 * and trailing empty fields are dropped.
 */
final class PerlWhitespace {
  private PerlWhitespace() {
  }

  static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B';
  }

  static List<String> split(String s) {
    List<String> fields = new ArrayList<>();
    int start = 0;
    int i = 0;
    while (i < s.length()) {
      if (isSpace(s.charAt(i))) {
        fields.add(s.substring(start, i));
        while (i < s.length() && isSpace(s.charAt(i))) {
          i++;
        }
        start = i;
      } else {
        i++;
      }
    }
    fields.add(s.substring(start));
    while (!fields.isEmpty() && fields.get(fields.size() - 1).isEmpty()) {
      fields.remove(fields.size() - 1);
    }
    return fields;
  }
}
