package org.newsfuse.quotes;

import java.util.ArrayList;
import java.util.List;
import org.newsfuse.briefing.Entity;
import org.newsfuse.entities.DocumentTokens;
import org.newsfuse.entities.EntityIndex;
import org.newsfuse.entities.LocatedEntity;
import org.newsfuse.model.Document;
import org.newsfuse.model.EntityType;
import org.newsfuse.model.Quote;
import org.newsfuse.model.Span;

/**
 * Finds the direct quotes of one document and who spoke each. A quote without an attribution of
 * its own that follows an attributed one with nothing in between but that attribution continues
 * it (newspaper style: "…," she said. "…"). Scare quotes and names in quotation marks (fewer than
 * {@value #MIN_WORDS} words and no speech verb, or introduced by "called"/"titled", or in title
 * case) are not quotes.
 */
public final class QuoteFinder {
  static final int MIN_WORDS = 4;
  private static final int MAX_CONTINUATION_GAP_TOKENS = 20;

  public List<Quote> find(Document doc, EntityIndex index) {
    DocumentTokens tokens = new DocumentTokens(doc);
    List<QuotedSpan> spans = QuoteScanner.scan(doc.article().text());
    QuoteContext ctx = new QuoteContext(tokens, index, spans);
    SpeakerFinder speakers = new SpeakerFinder(ctx);
    List<Quote> out = new ArrayList<>();
    QuotedSpan previous = null;
    Cue previousCue = null;
    for (int i = 0; i < spans.size(); i++) {
      QuotedSpan q = spans.get(i);
      int limitBefore = i == 0 ? 0 : spans.get(i - 1).close();
      int limitAfter = i + 1 < spans.size() ? spans.get(i + 1).open() : Integer.MAX_VALUE;
      Cue cue = speakers.find(q, limitBefore, limitAfter);
      int words = wordCount(q.text());
      if (speakers.introducedAsTitle(q, limitBefore)) continue;
      if (!cue.speechVerb()) {
        if (words < MIN_WORDS || titleCase(q.text())) continue;
        if (previous != null && previousCue != null
            && continues(ctx, previous, q, previousCue.speaker())) {
          cue = new Cue(previousCue.speakerWords(), previousCue.speaker(), false);
        }
      }
      Entity speaker = cue.speaker();
      out.add(new Quote(new Span(doc.id(), q.contentBegin(), q.contentEnd()), q.text(),
          speaker == null ? null : speaker.name(), speaker == null ? null : cue.speakerWords()));
      previous = q;
      previousCue = cue;
    }
    return out;
  }

  /**
   * True when the text between two quotes is at most a short attribution naming no one but the
   * previous speaker.
   */
  private static boolean continues(QuoteContext ctx, QuotedSpan previous, QuotedSpan q,
                                   Entity previousSpeaker) {
    // The continuing quote opens a sentence or paragraph of its own.
    String text = ctx.tokens.text();
    int b = q.open() - 1;
    while (b >= 0 && Character.isWhitespace(text.charAt(b))) b--;
    if (b >= 0 && ".!?:”\"’'»…".indexOf(text.charAt(b)) < 0) return false;
    int first = ctx.tokens.firstBeginningAtOrAfter(previous.close());
    int last = ctx.tokens.lastBeginningBefore(q.open());
    if (last - first + 1 > MAX_CONTINUATION_GAP_TOKENS) return false;
    for (LocatedEntity m : ctx.mentions) {
      if (m.span().begin() >= previous.close() && m.span().end() <= q.open()
          && m.entity().type() == EntityType.PERSON && m.entity() != previousSpeaker) {
        return false;
      }
    }
    return true;
  }

  static int wordCount(String text) {
    int n = 0;
    for (String w : text.split("\\s+")) {
      if (w.codePoints().anyMatch(Character::isLetterOrDigit)) n++;
    }
    return n;
  }

  /** "Ships of the Northern Coast": a name of a work or event, not speech. */
  private static boolean titleCase(String text) {
    if (text.matches(".*[.!?,;:]\\s*$") || text.matches(".*[.!?;]\\s.*")) return false;
    String[] words = text.split("\\s+");
    if (words.length < 2) return false;
    for (String w : words) {
      if (w.length() > 3 && !Character.isUpperCase(w.codePointAt(0))) return false;
    }
    return true;
  }
}
