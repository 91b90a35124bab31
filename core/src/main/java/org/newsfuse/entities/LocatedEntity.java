package org.newsfuse.entities;

import org.newsfuse.briefing.Entity;
import org.newsfuse.model.Span;

/** One mention of a merged entity: where it is written and which entity it names. */
public record LocatedEntity(Span span, Entity entity) {
}
