package org.newsfuse.text;

import java.util.List;

/** Finds one kind of junk in an article text. */
public interface JunkRule {
  List<Junk> find(String text);
}
