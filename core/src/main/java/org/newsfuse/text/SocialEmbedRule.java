package org.newsfuse.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Embedded social-media posts: the post link ("pic.twitter.com/abc", or "pic. twitter." as some
 * extractors mangle it), the "— Name (@handle) December 19, 2016" byline, and the post's text,
 * which runs from the colon that introduced it ("...has posted a photo: <post> pic.twitter...").
 */
final class SocialEmbedRule implements JunkRule {
  private static final Pattern LINK = Pattern.compile(
      "pic\\.\\s?twitter\\.(?:\\s?com/\\S*)?"
          + "|https?://(?:www\\.)?(?:t\\.co|twitter\\.com|x\\.com|instagram\\.com|facebook\\.com"
          + "|youtu\\.be|youtube\\.com|tiktok\\.com)/\\S*",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern BYLINE = Pattern.compile(
      "[—–-]{1,2}\\s*[^()\\n—–]{1,60}?\\s*\\(@\\w{1,30}\\)\\s*(?:on\\s+)?"
          + "(?:" + Patterns.MONTH + "\\s+\\d{1,2},?\\s*\\d{4}|\\d{1,2}\\s+" + Patterns.MONTH
          + "\\s+\\d{4})?,?");
  /** How far back from a link the post's text may start. */
  private static final int MAX_POST = 300;
  private static final Pattern INTRO_COLON = Pattern.compile(":\\s");
  /** A colon right after a time ends a live-blog stamp; it introduces the blogger's own text. */
  private static final Pattern STAMP_BEFORE_COLON = Pattern.compile(
      "\\d{1,2}[:.]\\d{2}\\s*(?:am|pm|a\\.m\\.|p\\.m\\.)?\\s*" + Patterns.ZONE + "?\\s*$");
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"”’]?\\s+");

  @Override
  public List<Junk> find(String text) {
    List<Junk> out = new ArrayList<>();
    Matcher link = LINK.matcher(text);
    while (link.find()) {
      int end = link.end();
      Matcher by = BYLINE.matcher(text).region(end, text.length());
      if (by.lookingAt() || skipSpaces(by, text, end)) end = by.end();
      out.add(new Junk(postStart(text, link.start()), end, JunkKind.SOCIAL_EMBED));
    }
    Matcher by = BYLINE.matcher(text);
    while (by.find()) {
      out.add(new Junk(by.start(), by.end(), JunkKind.SOCIAL_EMBED));
    }
    return out;
  }

  private static boolean skipSpaces(Matcher by, String text, int from) {
    int i = from;
    while (i < text.length() && text.charAt(i) == ' ') i++;
    by.region(i, text.length());
    return by.lookingAt();
  }

  /**
   * Where the post's text starts: after the colon that introduces it, or else at the start of
   * the sentence the link ends; never before the line or {@link #MAX_POST} characters back.
   */
  private static int postStart(String text, int linkStart) {
    int lineStart = text.lastIndexOf('\n', linkStart - 1) + 1;
    int floor = Math.max(lineStart, linkStart - MAX_POST);
    String window = text.substring(floor, linkStart);
    int colon = lastMatch(INTRO_COLON, window);
    if (colon >= 0 && STAMP_BEFORE_COLON.matcher(window.substring(0, colon)).find()) {
      floor += colon + 1;
      window = window.substring(colon + 1);
      colon = -1;
    }
    if (colon >= 0) {
      // "...security forces: UPDATE: <post>": a one-word label before the colon is the post's.
      int before = lastMatch(INTRO_COLON, window.substring(0, colon));
      if (before >= 0 && window.substring(before + 1, colon).strip().matches("[\\p{Lu}#]+")) {
        colon = before;
      }
      return floor + colon;
    }
    Matcher end = SENTENCE_END.matcher(window);
    int start = -1;
    while (end.find()) start = end.end();
    return start >= 0 ? floor + start : floor;
  }

  private static int lastMatch(Pattern p, String s) {
    Matcher m = p.matcher(s);
    int last = -1;
    while (m.find()) last = m.start();
    return last;
  }
}
