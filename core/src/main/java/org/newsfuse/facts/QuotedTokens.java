package org.newsfuse.facts;

import java.util.List;
import org.newsfuse.model.Token;

/** Which tokens of a sentence stand inside quotation marks. */
final class QuotedTokens {
  private QuotedTokens() {
  }

  static boolean[] mark(List<Token> t) {
    boolean[] quoted = new boolean[t.size()];
    boolean inside = false;
    for (int i = 0; i < t.size(); i++) {
      String w = t.get(i).word();
      if (w.equals("“") || w.equals("``")) {
        inside = true;
      } else if (w.equals("”") || w.equals("''")) {
        inside = false;
      } else if (w.equals("\"")) {
        inside = !inside;
      } else {
        quoted[i] = inside;
      }
    }
    return quoted;
  }
}
