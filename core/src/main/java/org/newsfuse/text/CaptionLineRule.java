package org.newsfuse.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Photo caption lines: short lines next to an image file name or slug line, and lines without
 * final punctuation that the next line repeats (page extraction often keeps a caption twice).
 * It judges lines after the other rules have blanked their junk (a trailing "Advertisement" must
 * not make a paragraph look unpunctuated) while it recognises picture lines in the original.
 */
final class CaptionLineRule {
  private static final int MAX_WORDS = 40;
  private static final double REPEAT_OVERLAP = 0.7;
  private static final Pattern INNER_SENTENCE_END = Pattern.compile("[a-z][.!?][\"”’]?\\s+[A-Z]");

  /**
   * @param text    the original text
   * @param blanked the text with the other rules' junk blanked (same length)
   */
  List<Junk> find(String text, String blanked) {
    List<TextLine> originals = TextLine.split(text);
    List<TextLine> lines = TextLine.split(blanked);
    List<Junk> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      TextLine line = lines.get(i);
      if (line.isBlank() || isPicture(originals.get(i)) || line.wordCount() > MAX_WORDS) continue;
      boolean prose = line.endsLikeSentence() || INNER_SENTENCE_END.matcher(line.content()).find();
      if (nextToPicture(originals, i, prose)
          || repeatedByNext(lines, i)) {
        out.add(line.asJunk(JunkKind.CAPTION));
      }
    }
    return out;
  }

  private static boolean isPicture(TextLine line) {
    return ImageFileRule.isImageLine(line) || SlugRule.isSlugLine(line);
  }

  /**
   * A line that does not read as prose (no final full stop, no second sentence) right above or
   * below a picture line, blank lines apart, is its caption. Punctuated lines stay: in tabloid
   * pages real one-sentence paragraphs sit right against the pictures.
   */
  private static boolean nextToPicture(List<TextLine> originals, int i, boolean prose) {
    if (prose) return false;
    for (int step : new int[] {-1, 1}) {
      int j = i + step;
      while (j >= 0 && j < originals.size() && originals.get(j).isBlank()) j += step;
      if (j >= 0 && j < originals.size() && isPicture(originals.get(j))) return true;
    }
    return false;
  }

  private static boolean repeatedByNext(List<TextLine> lines, int i) {
    TextLine line = lines.get(i);
    if (line.endsLikeSentence() || line.wordCount() < 4) return false;
    int j = i + 1;
    while (j < lines.size() && lines.get(j).isBlank()) j++;
    if (j >= lines.size()) return false;
    // A repeat is about as long as the caption; a paragraph that merely shares words is longer.
    if (lines.get(j).wordCount() > 2 * line.wordCount() + 4) return false;
    Set<String> words = words(line.content());
    Set<String> next = words(lines.get(j).content());
    int shared = 0;
    for (String w : words) {
      if (next.contains(w)) shared++;
    }
    return shared >= REPEAT_OVERLAP * words.size();
  }

  private static Set<String> words(String s) {
    Set<String> out = new HashSet<>();
    for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty()) out.add(w);
    }
    return out;
  }
}
