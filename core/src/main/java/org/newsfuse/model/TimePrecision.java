package org.newsfuse.model;

/** How precise a normalised time is. */
public enum TimePrecision {
  YEAR, MONTH, DAY, HOUR, MINUTE
}
