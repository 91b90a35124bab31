package org.newsfuse.eval.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsfuse.summary.ConceptFeatures;
import org.newsfuse.summary.ConceptModel;

class ConceptTrainerTest {

  private static final int DOC_FRACTION = ConceptFeatures.NAMES.indexOf("docFraction");
  private static final int PROPER_NOUN = ConceptFeatures.NAMES.indexOf("properNoun");

  /**
   * Stories whose references use a concept when most documents report it, whatever else is true:
   * the trainer must find the document fraction, and only it, telling.
   */
  private static List<LabelledStory> stories() {
    Random random = new Random(7);
    List<LabelledStory> out = new ArrayList<>();
    for (int s = 0; s < 4; s++) {
      Map<String, double[]> features = new HashMap<>();
      Set<String> referenced = new HashSet<>();
      for (int c = 0; c < 300; c++) {
        double[] x = new double[ConceptFeatures.NAMES.size()];
        x[DOC_FRACTION] = random.nextDouble();
        x[PROPER_NOUN] = random.nextBoolean() ? 1 : 0;
        String concept = "s" + s + " c" + c;
        features.put(concept, x);
        if (x[DOC_FRACTION] + 0.2 * random.nextGaussian() > 0.6) referenced.add(concept);
      }
      out.add(new LabelledStory("story" + s, features, referenced));
    }
    return out;
  }

  @Test
  void learnsWhichFeatureTellsAndWhichDoesNot() {
    ConceptModel m = new ConceptTrainer(1).train(stories(), "synthetic");
    assertThat(m.weights()[DOC_FRACTION]).isGreaterThan(3);
    assertThat(Math.abs(m.weights()[PROPER_NOUN])).isLessThan(0.5);
    double[] likely = new double[ConceptFeatures.NAMES.size()];
    likely[DOC_FRACTION] = 0.9;
    double[] unlikely = new double[ConceptFeatures.NAMES.size()];
    unlikely[DOC_FRACTION] = 0.1;
    assertThat(m.probability(likely)).isGreaterThan(0.7);
    assertThat(m.probability(unlikely)).isLessThan(0.3);
    assertThat(m.trainedOn()).isEqualTo("synthetic");
  }

  @Test
  void trainingIsDeterministic() {
    ConceptModel a = new ConceptTrainer(1).train(stories(), "x");
    ConceptModel b = new ConceptTrainer(1).train(stories(), "x");
    assertThat(a.toJson()).isEqualTo(b.toJson());
  }
}
