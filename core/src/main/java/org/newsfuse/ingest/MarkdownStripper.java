package org.newsfuse.ingest;

import java.util.regex.Pattern;

/**
 * Removes Markdown markup so that only the words remain: headings, emphasis, links, images,
 * inline code, block quotes, list bullets and rules. Paragraph structure is kept. A Markdown
 * library would build a full syntax tree and render it; for news text the handful of inline forms
 * below is all there is, and they must come out as plain prose, not HTML.
 */
final class MarkdownStripper {
  private static final Pattern FENCE = Pattern.compile("(?m)^[ \\t]*(```|~~~).*$\\n?");
  private static final Pattern REFERENCE_DEFINITION = Pattern.compile("(?m)^[ \\t]{0,3}\\[[^\\]]+\\]:[ \\t]+\\S+.*$\\n?");
  private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]]*\\]\\([^)]*\\)|!\\[[^\\]]*\\]\\[[^\\]]*\\]");
  private static final Pattern INLINE_LINK = Pattern.compile("\\[([^\\]]+)\\]\\([^)]*\\)");
  private static final Pattern REFERENCE_LINK = Pattern.compile("\\[([^\\]]+)\\]\\[[^\\]]*\\]");
  private static final Pattern AUTOLINK = Pattern.compile("<(https?://[^>\\s]+)>");
  private static final Pattern HEADING = Pattern.compile("(?m)^[ \\t]{0,3}#{1,6}[ \\t]+(.*?)[ \\t]*#*[ \\t]*$");
  private static final Pattern SETEXT_UNDERLINE = Pattern.compile("(?m)^[ \\t]{0,3}(=+|-{2,})[ \\t]*$");
  private static final Pattern RULE = Pattern.compile("(?m)^[ \\t]{0,3}([*_-])([ \\t]*\\1){2,}[ \\t]*$");
  private static final Pattern BLOCKQUOTE = Pattern.compile("(?m)^[ \\t]{0,3}>[ \\t]?");
  private static final Pattern BULLET = Pattern.compile("(?m)^([ \\t]*)[*+-][ \\t]+");
  private static final Pattern STRONG = Pattern.compile("(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1");
  private static final Pattern EMPHASIS_STAR = Pattern.compile("(?<![*\\w])\\*(?=\\S)(.+?)(?<=\\S)\\*(?![*\\w])");
  private static final Pattern EMPHASIS_UNDERSCORE = Pattern.compile("(?<![_\\w])_(?=\\S)(.+?)(?<=\\S)_(?![_\\w])");
  private static final Pattern STRIKE = Pattern.compile("~~(?=\\S)(.+?)(?<=\\S)~~");
  private static final Pattern CODE = Pattern.compile("`+([^`]+?)`+");

  private MarkdownStripper() {
  }

  static String strip(String markdown) {
    String s = markdown;
    // each pass runs only when its marker occurs: Java regex scans are the cost here, not the edits
    if (s.contains("```") || s.contains("~~~")) s = FENCE.matcher(s).replaceAll("");
    if (s.contains("]:")) s = REFERENCE_DEFINITION.matcher(s).replaceAll("");
    if (s.contains("![")) s = IMAGE.matcher(s).replaceAll("");
    if (s.contains("](")) s = INLINE_LINK.matcher(s).replaceAll("$1");
    if (s.contains("][")) s = REFERENCE_LINK.matcher(s).replaceAll("$1");
    if (s.contains("<http")) s = AUTOLINK.matcher(s).replaceAll("$1");
    s = RULE.matcher(s).replaceAll("");
    if (s.indexOf('#') >= 0) s = HEADING.matcher(s).replaceAll("$1");
    if (s.contains("\n=") || s.contains("\n--")) s = SETEXT_UNDERLINE.matcher(s).replaceAll("");
    if (s.indexOf('>') >= 0) s = BLOCKQUOTE.matcher(s).replaceAll("");
    s = BULLET.matcher(s).replaceAll("$1");
    if (s.contains("**") || s.contains("__")) s = STRONG.matcher(s).replaceAll("$2");
    if (s.indexOf('*') >= 0) s = EMPHASIS_STAR.matcher(s).replaceAll("$1");
    if (s.indexOf('_') >= 0) s = EMPHASIS_UNDERSCORE.matcher(s).replaceAll("$1");
    if (s.contains("~~")) s = STRIKE.matcher(s).replaceAll("$1");
    if (s.indexOf('`') >= 0) s = CODE.matcher(s).replaceAll("$1");
    return s;
  }
}
