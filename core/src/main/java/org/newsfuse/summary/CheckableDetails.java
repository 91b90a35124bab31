package org.newsfuse.summary;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.newsfuse.align.ContentWords;
import org.newsfuse.model.Span;
import org.newsfuse.model.TimeExpression;
import org.newsfuse.model.Token;

/**
 * The details of a sentence a reader could check: numbers, named entities, dates and the words of
 * what someone is quoted saying. Two wordings
 * of one fact share them even when they share few other words ("caught fire leaving Eastern
 * Quay" / "burst into flames on its way out of the harbour"), so a sentence that brings none a
 * summary lacks adds no checkable fact to it.
 *
 * <p>Words are compared loosely (a shared stem of at least four letters) so that "Russian" matches
 * "Russia", "Syrian" "Syria" and "Andrey" "Andrei"; dates compare by the day they resolve to.
 */
final class CheckableDetails {

  /** Marks a word said in a quotation: a new quote is a new checkable statement. */
  private static final String QUOTED = "\"";
  private static final Set<String> OPENING_QUOTES = Set.of("``", "\"", "\u201c");
  private static final Set<String> CLOSING_QUOTES = Set.of("''", "\u201d");

  private final Set<String> items;

  private CheckableDetails(Set<String> items) {
    this.items = items;
  }

  static CheckableDetails of(TrimmedSentence s) {
    Set<String> items = new TreeSet<>();
    List<Token> tokens = s.sentence().tokens();
    Span kept = s.span();
    List<TimeExpression> times = s.document().times();
    boolean quoted = false;
    for (Token t : tokens.subList(s.firstToken(), tokens.size())) {
      if (t.begin() < kept.begin() || t.end() > kept.end()) continue;
      if (OPENING_QUOTES.contains(t.word())) {
        quoted = !quoted || !t.word().equals("\"");
        continue;
      }
      if (CLOSING_QUOTES.contains(t.word())) {
        quoted = false;
        continue;
      }
      if (!ContentWords.isWord(t)) continue;
      TimeExpression time = timeAt(times, kept.article(), t);
      if (quoted && !ContentWords.isStopword(ContentWords.term(t))) {
        items.add(QUOTED + ContentWords.term(t));
      } else if (time != null) {
        items.add(time.resolved() != null ? "@" + time.resolved().toLocalDate() : word(t));
      } else if ("CD".equals(t.pos())) {
        items.add(t.word().replace(",", "").toLowerCase(Locale.ROOT));
      } else if (isName(t)) {
        items.add(word(t));
      }
    }
    return new CheckableDetails(items);
  }

  boolean isEmpty() {
    return items.isEmpty();
  }

  int size() {
    return items.size();
  }

  /** The details of this sentence that none of {@code others} has. */
  CheckableDetails notIn(Collection<CheckableDetails> others) {
    Set<String> left = new TreeSet<>();
    for (String item : items) {
      boolean found = false;
      for (CheckableDetails o : others) {
        if (o.has(item)) {
          found = true;
          break;
        }
      }
      if (!found) left.add(item);
    }
    return new CheckableDetails(left);
  }

  /** Every detail of this one is also a detail of {@code other}. */
  boolean within(CheckableDetails other) {
    for (String item : items) {
      if (!other.has(item)) return false;
    }
    return true;
  }

  private boolean has(String item) {
    if (items.contains(item)) return true;
    for (String mine : items) {
      if (sameWord(mine, item)) return true;
    }
    return false;
  }

  /** Same word up to an inflection or transliteration ending: Russia/Russian, Turkey/Turkish. */
  static boolean sameWord(String a, String b) {
    if (a.startsWith("@") || b.startsWith("@") || Character.isDigit(a.charAt(0))
        || Character.isDigit(b.charAt(0)) || a.startsWith(QUOTED) != b.startsWith(QUOTED)) {
      return a.equals(b);
    }
    int shared = 0;
    int n = Math.min(a.length(), b.length());
    while (shared < n && a.charAt(shared) == b.charAt(shared)) shared++;
    return shared >= 4 && (shared >= n - 1 || n >= 6);
  }

  /** A capitalised word the recogniser tags as part of a name (it also tags "Harbour master"). */
  private static boolean isName(Token t) {
    return t.ner() != null && !t.ner().isEmpty() && !"O".equals(t.ner())
        && Character.isUpperCase(t.word().codePointAt(0)) && !ContentWords.isStopword(word(t));
  }

  private static TimeExpression timeAt(List<TimeExpression> times, String article, Token t) {
    for (TimeExpression x : times) {
      Span sp = x.span();
      if (sp.article().equals(article) && sp.begin() <= t.begin() && t.end() <= sp.end()) return x;
    }
    return null;
  }

  private static String word(Token t) {
    return t.word().toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return items.toString();
  }
}
