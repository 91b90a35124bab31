package org.newsfuse.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** A line that is a URL slug of an image or page: "minister-arrives-at-the-gallery1". */
final class SlugRule implements JunkRule {
  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:[-_][a-z0-9]+){3,}");

  @Override
  public List<Junk> find(String text) {
    List<Junk> out = new ArrayList<>();
    for (TextLine line : TextLine.split(text)) {
      if (isSlugLine(line)) out.add(line.asJunk(JunkKind.SLUG));
    }
    return out;
  }

  static boolean isSlugLine(TextLine line) {
    return !line.isBlank() && SLUG.matcher(line.content()).matches();
  }
}
