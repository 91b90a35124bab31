package org.newsfuse.summary;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * A logistic model of how likely a human summary of a story is to use a concept, from the
 * concept's {@link ConceptFeatures} (supervised concept weighting, after Li, Qian and Liu 2013 and
 * Hong and Nenkova 2014). The bundled model was trained by {@code newsfuse eval train-concepts} on
 * the development splits only (DUC 2003 and Multi-News validation clusters); see
 * docs/notes/summary.md.
 *
 * @param features names of the features, in vector order (must match {@link ConceptFeatures#NAMES})
 * @param weights  one weight per feature
 * @param bias     the intercept
 * @param trainedOn what it was trained on, for the record
 */
public record ConceptModel(List<String> features, double[] weights, double bias,
                           String trainedOn) {

  private static final String RESOURCE = "concept-model.json";

  public ConceptModel {
    features = List.copyOf(features);
    weights = weights.clone();
    if (features.size() != weights.length) {
      throw new IllegalArgumentException(
          features.size() + " feature names but " + weights.length + " weights");
    }
  }

  /** The model shipped with newsfuse. */
  public static ConceptModel bundled() {
    return Bundled.MODEL;
  }

  /** Probability that a summary uses a concept with these features. */
  public double probability(double[] x) {
    double z = bias;
    for (int i = 0; i < weights.length; i++) z += weights[i] * x[i];
    return 1 / (1 + Math.exp(-z));
  }

  /** Reads a model written by {@link #toJson()}; it must fit today's features. */
  public static ConceptModel fromJson(InputStream in) throws IOException {
    ConceptModel m = new ObjectMapper().readValue(in, ConceptModel.class);
    if (!m.features().equals(ConceptFeatures.NAMES)) {
      throw new IOException("concept model features " + m.features()
          + " do not match this version's " + ConceptFeatures.NAMES);
    }
    return m;
  }

  public String toJson() {
    try {
      return new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(this);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Loaded on first use, once per process. */
  private static final class Bundled {
    static final ConceptModel MODEL = load();

    private static ConceptModel load() {
      try (InputStream in = ConceptModel.class.getResourceAsStream(RESOURCE)) {
        if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
        return fromJson(in);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the bundled " + RESOURCE, e);
      }
    }
  }
}
