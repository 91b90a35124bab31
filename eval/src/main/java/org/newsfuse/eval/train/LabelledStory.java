package org.newsfuse.eval.train;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsfuse.model.Document;
import org.newsfuse.model.Story;
import org.newsfuse.summary.ConceptFeatures;

/**
 * One training story: the features of each of its concepts and which of them the human
 * references use.
 *
 * @param id         the cluster id
 * @param features   concept to its {@link ConceptFeatures} vector
 * @param referenced the concepts at least one reference summary uses
 */
public record LabelledStory(String id, Map<String, double[]> features, Set<String> referenced) {

  public static LabelledStory of(Story story, List<Document> references) {
    Set<String> referenced = new HashSet<>();
    for (Document r : references) referenced.addAll(ConceptFeatures.conceptsIn(r));
    return new LabelledStory(story.id(), ConceptFeatures.of(story), referenced);
  }

  boolean label(String concept) {
    return referenced.contains(concept);
  }
}
