package org.newsfuse.nlp;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Properties;

/**
 * The Stanford CoreNLP pipeline, loaded once per process: model loading costs seconds, so every
 * analysis in the process shares one instance (CoreNLP annotators are thread-safe).
 */
public final class CoreNlpPipeline {
  private static volatile StanfordCoreNLP shared;

  private CoreNlpPipeline() {
  }

  public static StanfordCoreNLP get() {
    StanfordCoreNLP p = shared;
    if (p == null) {
      synchronized (CoreNlpPipeline.class) {
        p = shared;
        if (p == null) {
          p = new StanfordCoreNLP(properties());
          shared = p;
        }
      }
    }
    return p;
  }

  static Properties properties() {
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit,pos,lemma");
    // Keep the article's own characters: offsets must index Article.text exactly.
    props.setProperty("tokenize.options", "invertible=true,untokenizable=noneKeep");
    props.setProperty("ssplit.newlineIsSentenceBreak", "two");
    return props;
  }
}
