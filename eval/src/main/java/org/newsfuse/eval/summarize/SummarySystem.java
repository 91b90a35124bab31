package org.newsfuse.eval.summarize;

import java.util.List;
import org.newsfuse.model.Story;

/** A summarizer under test: the story in, summary sentences out (in reading order). */
public interface SummarySystem {

  String name();

  List<String> summarize(Story story, int words);
}
