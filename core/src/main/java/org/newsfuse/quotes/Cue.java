package org.newsfuse.quotes;

import org.newsfuse.briefing.Entity;
import org.newsfuse.model.Span;

/**
 * What the text says about who spoke a quote.
 *
 * @param speakerWords where the speaker is named ("Maria Zakharova", "he", "the witness"), or null
 * @param speaker      the entity those words refer to, or null when the text does not allow it
 * @param speechVerb   true when a speech verb ties the quote to the speaker (attributed speech)
 */
record Cue(Span speakerWords, Entity speaker, boolean speechVerb) {
  static final Cue NONE = new Cue(null, null, false);
}
