package org.newsfuse.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Junk that one regular expression finds wherever it occurs. */
final class RegexRule implements JunkRule {
  private final Pattern pattern;
  private final JunkKind kind;

  RegexRule(Pattern pattern, JunkKind kind) {
    this.pattern = pattern;
    this.kind = kind;
  }

  /**
   * Photo credits: "(AP Photo/Jane Roe)", "(Photo: Jane Roe/Agency)", "(Reuters/Jane Roe)",
   * "Photograph: Jane Roe/Agency" ending a line, and "Getty Images".
   */
  static RegexRule photoCredits() {
    String agency = "(?:AP|AFP|Reuters|EPA|PA|Getty Images|Getty|Shutterstock|Alamy|Bloomberg"
        + "|Anadolu(?: Agency)?|Xinhua|dpa|ANSA|TASS|Sputnik)";
    return new RegexRule(Pattern.compile(
        "\\(\\s*(?:[A-Z][\\w.&-]*\\s+){0,3}(?:Photo|Photograph|Picture|Image|Video)s?"
            + "\\s*(?:[:/]|by\\b)[^()\\n]{0,80}\\)"
            + "|\\(\\s*(?:[^()\\n/]{1,50}/\\s*)?" + agency + "(?:\\s*/\\s*[^()\\n]{1,50})?"
            + "(?:\\s+via\\s+[^()\\n]{1,40})?\\s*\\)"
            + "|(?m)(?:Photo|Photograph|Picture|Image)s?(?:\\s+credit)?\\s*:\\s*[^\\n]{1,60}?"
            + "(?:/|\\bvia\\s)\\s*[^\\n]{1,50}$"
            + "|\\bGetty Images\\b"), JunkKind.PHOTO_CREDIT);
  }

  /** "WARNING: graphic content", "Warning: this video contains distressing images". */
  static RegexRule contentWarnings() {
    return new RegexRule(Pattern.compile(
        "(?i)\\b(?:warning|caution)\\s*[:\\-–—]?\\s*"
            + "(?:(?:this|the following) (?:video|article|story|footage|images?|report) "
            + "(?:contains?|includes?|may contain|has)\\s+)?(?:some\\s+)?"
            + "(?:graphic|disturbing|distressing|upsetting)\\s+"
            + "(?:content|images?|video|footage|scenes|details)\\b[.!]?"), JunkKind.CONTENT_WARNING);
  }

  @Override
  public List<Junk> find(String text) {
    List<Junk> out = new ArrayList<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      if (m.end() > m.start()) out.add(new Junk(m.start(), m.end(), kind));
    }
    return out;
  }
}
