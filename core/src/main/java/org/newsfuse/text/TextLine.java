package org.newsfuse.text;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of a text, without its line break, with its trimmed content's offsets.
 *
 * @param begin        offset of the first character of the line
 * @param end          offset just past the line's last character (before the line break)
 * @param contentBegin offset of the first non-blank character (== end for a blank line)
 * @param contentEnd   offset just past the last non-blank character
 * @param content      the trimmed line
 */
record TextLine(int begin, int end, int contentBegin, int contentEnd, String content) {

  static List<TextLine> split(String text) {
    List<TextLine> lines = new ArrayList<>();
    int start = 0;
    int n = text.length();
    while (start <= n) {
      int nl = text.indexOf('\n', start);
      int end = nl < 0 ? n : nl;
      int cb = start;
      while (cb < end && Character.isWhitespace(text.charAt(cb))) cb++;
      int ce = end;
      while (ce > cb && Character.isWhitespace(text.charAt(ce - 1))) ce--;
      lines.add(new TextLine(start, end, cb, ce, text.substring(cb, ce)));
      if (nl < 0) break;
      start = nl + 1;
    }
    return lines;
  }

  boolean isBlank() {
    return content.isEmpty();
  }

  /** Ends like a sentence: . ! ? or one of them followed by closing quotes/brackets. */
  boolean endsLikeSentence() {
    for (int i = content.length() - 1; i >= 0; i--) {
      char c = content.charAt(i);
      if (c == '.' || c == '!' || c == '?' || c == '…') return true;
      if ("\"'”’)]»".indexOf(c) < 0) return false;
    }
    return false;
  }

  int wordCount() {
    return content.isEmpty() ? 0 : content.split("\\s+").length;
  }

  Junk asJunk(JunkKind kind) {
    return new Junk(contentBegin, contentEnd, kind);
  }
}
