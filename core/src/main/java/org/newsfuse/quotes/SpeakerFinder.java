package org.newsfuse.quotes;

import java.util.Locale;
import org.newsfuse.briefing.Entity;
import org.newsfuse.entities.DocumentTokens;
import org.newsfuse.entities.LocatedEntity;
import org.newsfuse.model.EntityType;
import org.newsfuse.model.Span;
import org.newsfuse.model.Token;

/**
 * Finds the attribution of one quote in the words around it: after it ("…," X said / "…," said X /
 * "…," X told Reuters) or before it (X said: "…" / X wrote on Twitter: "…" / the gunman shouted
 * "…"), or "according to X" in the same sentence. The speaker words are then resolved: a name to
 * its entity, a pronoun or description through {@link AntecedentResolver}.
 */
final class SpeakerFinder {
  private static final int WINDOW = 25;
  private static final int MAX_GAP_TO_VERB = 6;

  private final QuoteContext ctx;
  private final DocumentTokens dt;
  private final AntecedentResolver antecedents;

  SpeakerFinder(QuoteContext ctx) {
    this.ctx = ctx;
    this.dt = ctx.tokens;
    this.antecedents = new AntecedentResolver(ctx);
  }

  Cue find(QuotedSpan q, int limitBefore, int limitAfter) {
    int[] after = windowAfter(q, limitAfter);
    int[] before = windowBefore(q, limitBefore);
    // "…here.” He has posted…": after a quote that ends its sentence a new sentence starts.
    boolean sentenceClosed = q.text().matches("(?s).*\\.[\\s\\p{Pf}\\p{Pe}]*")
        && (after == null || !dt.get(after[0]).word().equals(","));
    Cue cue = after == null || sentenceClosed ? Cue.NONE : cueAfter(after[0], after[1]);
    if (cue.speechVerb()) return cue;
    Cue pre = before == null ? Cue.NONE : cueBefore(before[0], before[1]);
    if (pre.speechVerb()) return pre;
    if (after != null) {
      Cue acc = accordingTo(after[0], after[1]);
      if (acc != null) return acc;
    }
    if (before != null) {
      Cue acc = accordingTo(before[0], before[1]);
      if (acc != null) return acc;
    }
    return Cue.NONE;
  }

  /** True when the quote is introduced as a name ("an exhibit called “…”"). */
  boolean introducedAsTitle(QuotedSpan q, int limitBefore) {
    int[] before = windowBefore(q, limitBefore);
    if (before == null) return false;
    for (int k = before[1]; k >= before[0] && before[1] - k < 3; k--) {
      String w = dt.get(k).word().toLowerCase(Locale.ROOT);
      if (w.matches("called|titled|entitled|named|dubbed|headlined|nicknamed|as|the|a|an|of")) {
        if (!w.matches("the|a|an|of")) return true;
      }
    }
    return false;
  }

  private int[] windowAfter(QuotedSpan q, int limit) {
    int start = dt.firstBeginningAtOrAfter(q.close());
    int k = start;
    while (k < dt.size() && k - start < WINDOW && dt.get(k).begin() < limit) {
      if (k > start && ctx.paragraphBreakBetween(k - 1, k)) break;
      if (k == start && q.close() < dt.get(k).begin()
          && dt.text().substring(q.close(), dt.get(k).begin()).indexOf('\n') >= 0) {
        return null;
      }
      if (isSentenceEnd(dt.get(k))) break;
      k++;
    }
    return k > start ? new int[] {start, k - 1} : null;
  }

  private int[] windowBefore(QuotedSpan q, int limit) {
    int end = dt.lastBeginningBefore(q.open());
    int k = end;
    while (k >= 0 && end - k < WINDOW && dt.get(k).end() > limit) {
      if (isSentenceEnd(dt.get(k))) break;
      if (k < end && ctx.paragraphBreakBetween(k, k + 1)) break;
      k--;
    }
    if (end >= 0 && dt.text().substring(dt.get(end).end(), q.open()).indexOf('\n') >= 0) {
      return null;
    }
    return end > k ? new int[] {k + 1, end} : null;
  }

  private Cue cueAfter(int first, int last) {
    int s = first;
    while (s <= last && isPunctuation(dt.get(s))) s++;
    if (s <= last && !SpeechVerbs.isSpeechVerb(dt.get(s)) && !startsNounPhrase(dt.get(s))) {
      return Cue.NONE;
    }
    for (int v = s; v <= last; v++) {
      Token t = dt.get(v);
      if (SpeechVerbs.isSpeechVerb(t)) {
        if (v == s) return inverted(v + 1, last);
        return subject(s, v - 1, true);
      }
      if (t.pos().startsWith("VB") && !isAuxiliary(v)) return Cue.NONE;
    }
    return Cue.NONE;
  }

  private Cue cueBefore(int first, int last) {
    int k = last;
    while (k >= first && isPunctuation(dt.get(k))) k--;
    for (int v = k; v >= first && k - v <= MAX_GAP_TO_VERB; v--) {
      Token t = dt.get(v);
      if (SpeechVerbs.isSpeechVerb(t)) return subjectBefore(first, v);
      if (t.pos().startsWith("VB") || t.pos().startsWith("W")) return Cue.NONE;
    }
    return Cue.NONE;
  }

  /**
   * The noun phrase right before the speech verb at {@code v} ("the gunman is heard shouting"),
   * or, for a second verb of the same subject ("Hallsen turned to the crowd and shouted"), the
   * noun phrase the clause opens with.
   */
  private Cue subjectBefore(int first, int v) {
    int end = v - 1;
    while (end >= first && isAuxiliary(end)) end--;
    int start = end;
    while (start >= first && isNounPhraseWord(dt.get(start))) start--;
    start++;
    if (start <= end) return classify(start, end, true);
    if (end >= first && dt.get(end).word().equalsIgnoreCase("and")) {
      int clause = first;
      for (int c = end; c >= first; c--) {
        if (dt.get(c).word().equals(",") || dt.get(c).word().equals(";")) {
          clause = c + 1;
          break;
        }
      }
      int e = clause;
      while (e < end && isNounPhraseWord(dt.get(e))) e++;
      if (e > clause) return classify(clause, e - 1, true);
    }
    return new Cue(null, null, true);
  }

  /** "…," said fire service spokeswoman Marit Solberg. */
  private Cue inverted(int first, int last) {
    int end = first - 1;
    for (int k = first; k <= last; k++) {
      Token t = dt.get(k);
      if (t.pos().startsWith("W") || t.pos().startsWith("VB") || t.pos().equals("IN")
          && !t.word().equalsIgnoreCase("of") && !t.word().equalsIgnoreCase("to")
          && !t.word().equalsIgnoreCase("for")) {
        break;
      }
      // "said the Transport Minister, Ana Kovač": a comma before a name continues.
      if (t.word().equals(",") && hasNameOrNoun(first, k - 1)
          && !(k + 1 <= last && isPersonAt(k + 1))) {
        break;
      }
      end = k;
    }
    while (end >= first && isPunctuation(dt.get(end))) end--;
    if (end < first) return new Cue(null, null, true);
    for (int k = first; k <= end; k++) {
      LocatedEntity m = ctx.mentionEndingAt(k);
      if (m != null && m.entity().type() == EntityType.PERSON) {
        return new Cue(m.span(), m.entity(), true);
      }
    }
    return classify(first, end, true);
  }

  private boolean isPersonAt(int k) {
    LocatedEntity m = ctx.mentionCovering(k);
    return m != null && m.entity().type() == EntityType.PERSON;
  }

  /** Subject words before a speech verb, as in “…,” the spokeswoman said. */
  private Cue subject(int first, int last, boolean cutAtFirstComma) {
    int end = last;
    while (end >= first && (isAuxiliary(end) || isPunctuation(dt.get(end)))) end--;
    if (end < first) return new Cue(null, null, true);
    int start = first;
    if (cutAtFirstComma) {
      for (int k = first; k <= end; k++) {
        if (dt.get(k).word().equals(",")) {
          end = k - 1;
          break;
        }
      }
    }
    for (int k = start; k <= end; k++) {
      Token t = dt.get(k);
      if (t.pos().startsWith("VB") && !isAuxiliary(k)) return new Cue(null, null, true);
    }
    if (end < start) return new Cue(null, null, true);
    return classify(start, end, true);
  }

  /** Resolves the words [first, last] naming a speaker; their last word is the head. */
  private Cue classify(int first, int last, boolean speech) {
    LocatedEntity m = ctx.mentionEndingAt(last);
    if (m != null) return new Cue(m.span(), m.entity(), speech);
    Token head = dt.get(last);
    Span words = dt.spanOf(last, last);
    if (head.pos().equals("PRP")) {
      Entity e = antecedents.pronoun(last);
      return new Cue(e == null ? null : words, e, speech);
    }
    if (antecedents.isDescriptionHead(last) || head.pos().equals("NN")) {
      Entity e = antecedents.description(last);
      return new Cue(e == null ? null : dt.spanOf(first, last), e, speech);
    }
    if (head.pos().startsWith("NNP")) {
      int s = last;
      while (s > first && dt.get(s - 1).pos().startsWith("NNP")) s--;
      Entity e = ctx.index.resolve(dt.textOf(s, last)).orElse(null);
      return new Cue(e == null ? null : dt.spanOf(s, last), e, speech);
    }
    return new Cue(null, null, speech);
  }

  private Cue accordingTo(int first, int last) {
    for (int k = first; k < last; k++) {
      if (dt.get(k).word().equalsIgnoreCase("according")
          && dt.get(k + 1).word().equalsIgnoreCase("to")) {
        int end = k + 1;
        for (int j = k + 2; j <= last && j <= k + 10; j++) {
          Token t = dt.get(j);
          if (t.pos().startsWith("VB") || t.pos().startsWith("W") || isPunctuation(t)) break;
          end = j;
        }
        if (end < k + 2) return new Cue(null, null, true);
        return classify(k + 2, end, true);
      }
    }
    return null;
  }

  private boolean hasNameOrNoun(int first, int last) {
    for (int k = first; k <= last; k++) {
      if (dt.get(k).pos().startsWith("NN")) return true;
    }
    return false;
  }

  /** Auxiliaries, adverbs and passive reporting verbs: "can be heard", "is said to have". */
  private boolean isAuxiliary(int k) {
    Token t = dt.get(k);
    String l = t.lemma().toLowerCase(Locale.ROOT);
    String p = t.pos();
    if (p.equals("MD") || p.equals("RB") || p.equals("TO") || l.equals("be") || l.equals("have")
        || l.equals("do") || l.equals("hear") || l.equals("see") || l.equals("quote")) {
      return true;
    }
    return p.equals("VBN") && k > 0 && dt.get(k - 1).lemma().equalsIgnoreCase("be");
  }

  private static boolean startsNounPhrase(Token t) {
    String p = t.pos();
    return p.equals("DT") || p.equals("PRP") || p.equals("PRP$") || p.startsWith("NN")
        || p.equals("JJ") || p.equals("CD");
  }

  private static boolean isNounPhraseWord(Token t) {
    String p = t.pos();
    return p.equals("DT") || p.equals("PRP") || p.equals("PRP$") || p.startsWith("NN")
        || p.equals("JJ") || p.equals("CD") || p.equals("POS") || p.equals("HYPH");
  }

  private static boolean isPunctuation(Token t) {
    return !Character.isLetterOrDigit(t.word().codePointAt(0));
  }

  private static boolean isSentenceEnd(Token t) {
    String w = t.word();
    return w.equals(".") || w.equals("!") || w.equals("?");
  }
}
