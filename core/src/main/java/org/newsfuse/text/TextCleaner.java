package org.newsfuse.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the parts of an article text that are not article prose (captions, image file names,
 * embedded posts, photo credits, warnings, share/subscribe boilerplate, live-blog stamps, the
 * opening dateline) without rewriting the text: callers get junk ranges and a blanked copy of
 * the same length, so every offset computed on the blanked copy still indexes the original.
 * Thread-safe and stateless.
 */
public final class TextCleaner {
  private final LiveStampRule stamps = new LiveStampRule();
  private final DatelineRule datelines = new DatelineRule();
  private final CaptionLineRule captions = new CaptionLineRule();
  private final List<JunkRule> rules = List.of(
      new HeadlineRule(),
      new ImageFileRule(),
      new SlugRule(),
      new SocialEmbedRule(),
      RegexRule.photoCredits(),
      RegexRule.contentWarnings(),
      new BoilerplateRule(),
      datelines);

  public CleanText clean(String text) {
    List<Stamp> found = stamps.stamps(text);
    List<Junk> junk = new ArrayList<>();
    for (Stamp s : found) junk.add(new Junk(s.begin(), s.end(), JunkKind.LIVE_STAMP));
    for (JunkRule rule : rules) junk.addAll(rule.find(text));
    junk.addAll(captions.find(text, blank(text, merge(junk))));
    List<Junk> merged = merge(junk);
    return new CleanText(merged, found, datelines.dateline(text), blank(text, merged));
  }

  /** Sorts and unites overlapping or touching ranges; a union keeps its first range's kind. */
  static List<Junk> merge(List<Junk> junk) {
    List<Junk> sorted = new ArrayList<>(junk);
    sorted.removeIf(j -> j.end() <= j.begin());
    sorted.sort(null);
    List<Junk> out = new ArrayList<>();
    for (Junk j : sorted) {
      if (!out.isEmpty() && j.begin() <= out.get(out.size() - 1).end()) {
        Junk last = out.remove(out.size() - 1);
        out.add(new Junk(last.begin(), Math.max(last.end(), j.end()), last.kind()));
      } else {
        out.add(j);
      }
    }
    return out;
  }

  /** Replaces junk characters by spaces, keeping line breaks so paragraphs stay apart. */
  static String blank(String text, List<Junk> junk) {
    char[] chars = text.toCharArray();
    for (Junk j : junk) {
      for (int i = j.begin(); i < j.end(); i++) {
        if (chars[i] != '\n' && chars[i] != '\r') chars[i] = ' ';
      }
    }
    return new String(chars);
  }
}
