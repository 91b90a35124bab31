package org.newsfuse.eval.train;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.newsfuse.summary.ConceptFeatures;
import org.newsfuse.summary.ConceptModel;

/**
 * Fits a {@link ConceptModel}: L2-regularised logistic regression (LIBLINEAR's trust-region
 * Newton solver, deterministic) of "a reference summary uses this concept" on the concept's
 * features, over every concept of every training story.
 */
public final class ConceptTrainer {

  private final double cost;

  /** @param cost LIBLINEAR's C: the inverse of the regularisation strength */
  public ConceptTrainer(double cost) {
    this.cost = cost;
  }

  public ConceptModel train(List<LabelledStory> stories, String trainedOn) {
    List<Feature[]> rows = new ArrayList<>();
    List<Double> labels = new ArrayList<>();
    for (LabelledStory s : stories) {
      // Sorted, so the problem (and the model) does not depend on hash order.
      for (Map.Entry<String, double[]> e : new TreeMap<>(s.features()).entrySet()) {
        rows.add(sparse(e.getValue()));
        labels.add(s.label(e.getKey()) ? 1.0 : 0.0);
      }
    }
    Problem problem = new Problem();
    problem.l = rows.size();
    problem.n = ConceptFeatures.NAMES.size() + 1;
    problem.x = rows.toArray(new Feature[0][]);
    problem.y = labels.stream().mapToDouble(Double::doubleValue).toArray();
    problem.bias = 1;
    Linear.disableDebugOutput();
    Model model = Linear.train(problem, new Parameter(SolverType.L2R_LR, cost, 0.001));
    double[] w = model.getFeatureWeights();
    // LIBLINEAR's weights score its first label; make them score "used".
    double sign = model.getLabels()[0] == 1 ? 1 : -1;
    double[] weights = new double[ConceptFeatures.NAMES.size()];
    for (int i = 0; i < weights.length; i++) weights[i] = sign * w[i];
    double bias = sign * w[weights.length] * problem.bias;
    return new ConceptModel(ConceptFeatures.NAMES, weights, bias, trainedOn);
  }

  private static Feature[] sparse(double[] x) {
    List<Feature> out = new ArrayList<>();
    for (int i = 0; i < x.length; i++) {
      if (x[i] != 0) out.add(new FeatureNode(i + 1, x[i]));
    }
    out.add(new FeatureNode(x.length + 1, 1));
    return out.toArray(new Feature[0]);
  }
}
