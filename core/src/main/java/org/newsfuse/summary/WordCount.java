package org.newsfuse.summary;

/**
 * Words as a reader, the summary's word budget and ROUGE's length limit count them: runs of
 * non-space characters.
 */
public final class WordCount {

  private WordCount() {
  }

  public static int of(String text) {
    int n = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean space = Character.isWhitespace(text.charAt(i));
      if (!space && !inWord) n++;
      inWord = !space;
    }
    return n;
  }
}
