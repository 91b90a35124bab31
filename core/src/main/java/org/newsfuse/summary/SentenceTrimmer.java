package org.newsfuse.summary;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsfuse.align.ContentWords;
import org.newsfuse.model.Document;
import org.newsfuse.model.Sentence;
import org.newsfuse.model.Span;
import org.newsfuse.model.Token;

/**
 * Light, meaning-preserving trims at the start of a sentence: a newswire dateline ("WASHINGTON (AP)
 * --", "BEIJING, Aug. 7 (Xinhua) --") and, optionally, a short leading adverbial ("On Tuesday,",
 * "Meanwhile,") when what follows is a complete sentence starting with a capital. The result keeps
 * exact provenance: the trimmed span indexes the article text and its text is the sentence text
 * minus the dropped prefix.
 */
final class SentenceTrimmer {

  private static final Pattern DATELINE = Pattern.compile(
      "^[A-Z][A-Z.'&-]+(?:\\s+[A-Z][A-Z.'&-]+)*" // LONDON, BUENOS AIRES, ST. PAUL
          + "(?:\\s*,\\s*[A-Z][A-Za-z.]*(?:\\s+[A-Z][A-Za-z.]*)*)?" // , Argentina / , Calif.
          + "(?:\\s*,?\\s*[A-Z][a-z]{2,8}\\.?\\s+\\d{1,2})?" // , Aug. 7
          + "\\s*(?:\\([A-Za-z][A-Za-z -]{0,30}\\)\\s*)?" // (AP) (Xinhua)
          + "(?:_|--|-|\u2014|\u2013|:)\\s+");

  /**
   * Page furniture glued to the first sentence ("Advertisement Continue reading the main story")
   * and datelines in any case ("Tucson, Ariz. —", "Hong kong —", "Paris ( ap ) —", "( cnn ) --"),
   * as web copies carry them.
   */
  private static final Pattern WEB_LEAD = Pattern.compile(
      "^(?i:(?:advertisement|continue reading the main story|sponsored links)\\s+)*"
          + "((?:\\p{L}[\\p{L}.'&-]*(?:\\s+\\p{L}[\\p{L}.'&-]*){0,2}"
          + "(?:\\s*,\\s*\\p{L}[\\p{L}.'&-]*(?:\\s+\\p{L}[\\p{L}.'&-]*){0,2})?\\s*)?"
          + "(?:\\(\\s*\\p{L}[\\p{L} .-]{0,30}\\)\\s*)?(?:\u2014|--|\u2013|-)\\s+)?");
  /**
   * A photo caption glued in front of the sentence proper, ending in its credit ("Cody Jackson
   * ( photo: provided by the sheriff's department ) a 14-year-old girl was..."), a bare "Photo"
   * label, or a teaser headline ending in "Read more".
   */
  private static final Pattern CAPTION_LEAD = Pattern.compile(
      "(?i)^(?:(?:[^()]{0,400}\\((?:[^()]*\\b(?:photo|photograph|image|associated press|getty"
          + "|reuters|afp|ap)\\b[^()]*)\\)|[^()]{0,200}?\\bread more|(?:buy |ap )?photo\\b:?)"
          + "\\s*)+");
  /** Words no dateline contains: a dash after them is a sentence's own. */
  private static final Set<String> NOT_IN_DATELINES = Set.of(
      "a", "an", "the", "and", "or", "but", "is", "are", "was", "were", "to", "of", "in", "on",
      "for", "with", "it", "he", "she", "they", "this", "that", "his", "her", "its", "their", "by",
      "at", "as", "not", "no", "we", "i", "you", "be", "has", "have", "had");

  /** Words that open a leading adverbial that can be dropped without changing the claim. */
  private static final Set<String> ADVERBIAL_OPENERS = Set.of(
      "on", "in", "at", "earlier", "later", "meanwhile", "separately", "last", "this", "late",
      "early", "yesterday", "today");
  private static final int MAX_ADVERBIAL_TOKENS = 5;

  /** Lemmas of verbs that make a trailing clause an attribution ("officials said"). */
  private static final Set<String> SPEECH_VERBS = Set.of(
      "say", "tell", "announce", "report", "add", "state", "confirm", "explain", "write");
  private static final int MAX_ATTRIBUTION_TOKENS = 7;
  /** A caption is only cut off when a sentence of at least this many words follows. */
  private static final int MIN_KEPT_WORDS = 8;

  private final boolean trimAdverbials;
  private final boolean trimAttributions;
  private final DocumentCasing casing;

  SentenceTrimmer(boolean trimAdverbials) {
    this(trimAdverbials, false);
  }

  SentenceTrimmer(boolean trimAdverbials, boolean trimAttributions) {
    this(trimAdverbials, trimAttributions, new DocumentCasing());
  }

  SentenceTrimmer(boolean trimAdverbials, boolean trimAttributions, DocumentCasing casing) {
    this.trimAdverbials = trimAdverbials;
    this.trimAttributions = trimAttributions;
    this.casing = casing;
  }

  TrimmedSentence trim(Document doc, Sentence s) {
    List<Token> tokens = s.tokens();
    String article = doc.article().text();
    int first = 0;
    Matcher m = DATELINE.matcher(article.substring(s.span().begin(), s.span().end()));
    if (m.find() && m.end() < s.span().length()) {
      first = tokenAt(tokens, s.span().begin() + m.end());
    } else {
      String head = article.substring(s.span().begin(), s.span().end());
      int caption = 0;
      Matcher c = CAPTION_LEAD.matcher(head);
      if (c.lookingAt() && WordCount.of(head.substring(c.end())) >= MIN_KEPT_WORDS) {
        caption = c.end();
      }
      Matcher web = WEB_LEAD.matcher(head).region(caption, head.length());
      int cut = caption;
      if (web.lookingAt() && web.end() > caption && web.end() < head.length()
          && (web.group(1) == null || isDateline(web.group(1)))
          && (!casing.isCased(doc) || opensCapitalised(head.substring(web.end())))) {
        cut = web.end();
      }
      if (cut > 0) first = tokenAt(tokens, s.span().begin() + cut);
    }
    if (trimAdverbials) {
      first = skipAdverbial(tokens, first);
    }
    if (first >= tokens.size()) first = 0;
    int end = trimAttributions ? attributionStart(tokens, first) : tokens.size();
    if (first <= 0 && end == tokens.size()) return TrimmedSentence.whole(doc, s);
    int begin = tokens.get(first).begin();
    int endChar = end == tokens.size() ? s.span().end() : tokens.get(end - 1).end();
    if (first > 0) {
      String dropped = collapse(article.substring(s.span().begin(), begin));
      if (!s.text().startsWith(dropped)) return TrimmedSentence.whole(doc, s);
    }
    // A dropped attribution took the full stop with it: the claim still ends as a sentence.
    String text = collapse(article.substring(begin, endChar)) + (end < tokens.size() ? "." : "");
    if (text.isEmpty()) return TrimmedSentence.whole(doc, s);
    return new TrimmedSentence(doc, s, new Span(s.span().article(), begin, endChar), text,
        first, end);
  }

  /**
   * Where a trailing attribution starts (", officials said ." / ", according to police ."), as
   * the index of its comma; the sentence's token count when there is none to drop. Sentences with
   * quotation marks keep theirs: the attribution there names a speaker.
   */
  private static int attributionStart(List<Token> tokens, int from) {
    int n = tokens.size();
    if (n - from < 12 || !tokens.get(n - 1).word().equals(".")) return n;
    for (Token t : tokens) {
      String w = t.word();
      if (w.equals("''") || w.equals("``") || w.equals("\"") || w.equals("\u201c")
          || w.equals("\u201d")) {
        return n;
      }
    }
    for (int i = n - 2; i > from + 8 && i >= n - 1 - MAX_ATTRIBUTION_TOKENS; i--) {
      String w = tokens.get(i).word();
      if (w.equals(",")) {
        return isAttribution(tokens.subList(i + 1, n - 1)) ? i : n;
      }
      if (!ContentWords.isWord(tokens.get(i))) return n;
    }
    return n;
  }

  private static boolean isAttribution(List<Token> clause) {
    if (clause.size() >= 2 && clause.get(0).word().equalsIgnoreCase("according")
        && clause.get(1).word().equalsIgnoreCase("to")) {
      return true;
    }
    for (Token t : clause) {
      if (t.pos().startsWith("VB")) {
        return SPEECH_VERBS.contains(ContentWords.term(t)) && !t.pos().equals("VBG");
      }
    }
    return false;
  }

  /** In cased text a dateline is followed by the capitalised start of the sentence proper. */
  private static boolean opensCapitalised(String rest) {
    return !rest.isEmpty() && (Character.isUpperCase(rest.codePointAt(0))
        || Character.isDigit(rest.codePointAt(0)) || rest.charAt(0) == '"'
        || rest.charAt(0) == '\u201c');
  }

  private static boolean isDateline(String lead) {
    for (String w : lead.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+")) {
      if (NOT_IN_DATELINES.contains(w)) return false;
    }
    return true;
  }

  private static int skipAdverbial(List<Token> tokens, int from) {
    if (from >= tokens.size()) return from;
    if (!ADVERBIAL_OPENERS.contains(tokens.get(from).word().toLowerCase(java.util.Locale.ROOT))) {
      return from;
    }
    for (int i = from + 1; i < Math.min(tokens.size() - 1, from + MAX_ADVERBIAL_TOKENS + 1); i++) {
      Token t = tokens.get(i);
      if (t.pos().startsWith("VB") || t.pos().equals("MD")) return from;
      if (t.word().equals(",")) {
        Token next = tokens.get(i + 1);
        boolean capital = Character.isUpperCase(next.word().codePointAt(0));
        boolean subjectLike = next.pos().startsWith("NN") || next.pos().equals("DT")
            || next.pos().equals("CD") || next.pos().equals("JJ");
        return capital && subjectLike ? i + 1 : from;
      }
    }
    return from;
  }

  private static int tokenAt(List<Token> tokens, int offset) {
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).begin() >= offset) return i;
    }
    return tokens.size();
  }

  private static String collapse(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }
}
