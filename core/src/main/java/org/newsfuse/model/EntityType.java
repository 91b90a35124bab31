package org.newsfuse.model;

/** The kinds of named entity a briefing lists. */
public enum EntityType {
  PERSON, ORGANIZATION, LOCATION, OTHER
}
