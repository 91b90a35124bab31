package org.newsfuse.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Image file names left in the text by page extraction. On a short line the file name is glued
 * to caption text ("...before the shooting1.jpgAmbassador ... pictured"), so the whole line goes;
 * in a long paragraph only the file name does.
 */
final class ImageFileRule implements JunkRule {
  static final Pattern FILE = Pattern.compile(Patterns.IMAGE_FILE, Pattern.CASE_INSENSITIVE);
  private static final int CAPTION_LINE_MAX = 300;

  @Override
  public List<Junk> find(String text) {
    List<Junk> out = new ArrayList<>();
    for (TextLine line : TextLine.split(text)) {
      if (line.isBlank()) continue;
      Matcher m = FILE.matcher(line.content());
      if (!m.find()) continue;
      if (line.content().length() <= CAPTION_LINE_MAX) {
        out.add(line.asJunk(JunkKind.IMAGE_FILE));
      } else {
        do {
          out.add(new Junk(line.contentBegin() + m.start(), line.contentBegin() + m.end(),
              JunkKind.IMAGE_FILE));
        } while (m.find());
      }
    }
    return out;
  }

  static boolean isImageLine(TextLine line) {
    return !line.isBlank() && line.content().length() <= CAPTION_LINE_MAX
        && FILE.matcher(line.content()).find();
  }
}
