package org.newsfuse.eval.summarize;

/** Words as ROUGE's length limit counts them: runs of non-space characters. */
final class WordCount {

  private WordCount() {
  }

  static int of(String text) {
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
