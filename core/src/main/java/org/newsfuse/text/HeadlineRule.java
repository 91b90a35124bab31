package org.newsfuse.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Headings that are not prose: a Markdown heading line ("# Live: ferry on fire") anywhere, and a
 * headline repeated as the first line of the body (no final punctuation, at most 20 words, a
 * blank line after it). The headline itself is kept in {@code Article.title}.
 */
final class HeadlineRule implements JunkRule {
  private static final int MAX_WORDS = 20;

  @Override
  public List<Junk> find(String text) {
    List<TextLine> lines = TextLine.split(text);
    List<Junk> out = new ArrayList<>();
    boolean first = true;
    for (int i = 0; i < lines.size(); i++) {
      TextLine line = lines.get(i);
      if (line.isBlank()) continue;
      if (line.content().matches("#{1,6}\\s.*")) {
        out.add(line.asJunk(JunkKind.HEADLINE));
      } else if (first && !line.endsLikeSentence() && line.wordCount() <= MAX_WORDS
          && (i + 1 >= lines.size() || lines.get(i + 1).isBlank())) {
        out.add(line.asJunk(JunkKind.HEADLINE));
      }
      first = false;
    }
    return out;
  }
}
