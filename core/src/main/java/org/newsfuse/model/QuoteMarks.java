package org.newsfuse.model;

import java.util.List;

/**
 * Tells opening from closing quotation marks among tokens. Curly and angle marks say which they
 * are; a straight {@code "} opens when it sticks to the word after it and not to the one before
 * (and closes in the opposite case, else it toggles). A single curly mark counts only as a token
 * of its own ({@code ‘} before a word, {@code ’} closing an open {@code ‘}), so apostrophes
 * ("don’t", "Reuters’") never open or close anything; straight single marks are ignored.
 */
public final class QuoteMarks {
  public enum Kind { OPEN, CLOSE, NONE }

  private QuoteMarks() {
  }

  /**
   * What token {@code i} of {@code tokens} is, given whether a double ({@code inDouble}) or a
   * single ({@code inSingle}) quotation is open before it.
   */
  public static Kind kind(List<Token> tokens, int i, boolean inDouble, boolean inSingle) {
    String w = tokens.get(i).word();
    switch (w) {
      case "“", "«", "„", "‹", "``":
        return Kind.OPEN;
      case "”", "»", "›", "''":
        return Kind.CLOSE;
      case "‘":
        return stuckToNext(tokens, i) ? Kind.OPEN : Kind.NONE;
      case "’":
        return inSingle && stuckToPrevious(tokens, i) ? Kind.CLOSE : Kind.NONE;
      case "\"": {
        boolean before = stuckToPrevious(tokens, i);
        boolean after = stuckToNext(tokens, i);
        if (after && !before) return Kind.OPEN;
        if (before && !after) return Kind.CLOSE;
        return inDouble ? Kind.CLOSE : Kind.OPEN;
      }
      default:
        return Kind.NONE;
    }
  }

  /** Whether the mark belongs to the double ("…", “…”, «…», „…“) family. */
  public static boolean isDouble(String word) {
    return !word.equals("‘") && !word.equals("’") && !word.equals("‹") && !word.equals("›");
  }

  public static boolean isClosingMark(String word) {
    return switch (word) {
      case "”", "»", "›", "''", "’", "\"" -> true;
      default -> false;
    };
  }

  private static boolean stuckToNext(List<Token> tokens, int i) {
    return i + 1 < tokens.size() && tokens.get(i + 1).begin() == tokens.get(i).end();
  }

  private static boolean stuckToPrevious(List<Token> tokens, int i) {
    return i > 0 && tokens.get(i - 1).end() == tokens.get(i).begin();
  }
}
