package org.newsfuse.summary;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

  /** Words that open a leading adverbial that can be dropped without changing the claim. */
  private static final Set<String> ADVERBIAL_OPENERS = Set.of(
      "on", "in", "at", "earlier", "later", "meanwhile", "separately", "last", "this", "late",
      "early", "yesterday", "today");
  private static final int MAX_ADVERBIAL_TOKENS = 5;

  private final boolean trimAdverbials;

  SentenceTrimmer(boolean trimAdverbials) {
    this.trimAdverbials = trimAdverbials;
  }

  TrimmedSentence trim(Document doc, Sentence s) {
    List<Token> tokens = s.tokens();
    String article = doc.article().text();
    int first = 0;
    Matcher m = DATELINE.matcher(article.substring(s.span().begin(), s.span().end()));
    if (m.find() && m.end() < s.span().length()) {
      first = tokenAt(tokens, s.span().begin() + m.end());
    }
    if (trimAdverbials) {
      first = skipAdverbial(tokens, first);
    }
    if (first <= 0 || first >= tokens.size()) return TrimmedSentence.whole(doc, s);
    int begin = tokens.get(first).begin();
    String dropped = collapse(article.substring(s.span().begin(), begin));
    if (!s.text().startsWith(dropped)) return TrimmedSentence.whole(doc, s);
    String text = s.text().substring(dropped.length()).strip();
    if (text.isEmpty()) return TrimmedSentence.whole(doc, s);
    return new TrimmedSentence(doc, s, new Span(s.span().article(), begin, s.span().end()), text,
        first);
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
