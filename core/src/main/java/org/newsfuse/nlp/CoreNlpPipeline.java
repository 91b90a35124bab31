package org.newsfuse.nlp;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeExpressionExtractor;
import edu.stanford.nlp.time.TimeExpressionExtractorFactory;
import java.util.Properties;

/**
 * The Stanford CoreNLP models, loaded once per process: loading costs seconds, so every analysis
 * in the process shares one pipeline and one SUTime extractor (both are thread-safe).
 *
 * <p>Configuration, chosen by measurement (docs/notes/nlp.md): tokenize, ssplit, the fast
 * left3words POS tagger, lemma, and NER with the single CoNLL 4-class CRF model (PERSON,
 * ORGANIZATION, LOCATION, MISC), without fine-grained NER, RegexNER, numeric classifiers or
 * SUTime. The default NER runs three CRF models plus all of those, about 5 times slower. Dates and
 * times come from SUTime run separately by {@link TimeTagger}, only on sentences that can contain
 * one.
 */
public final class CoreNlpPipeline {
  static final String NER_MODEL = "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";

  private static volatile StanfordCoreNLP shared;
  private static volatile TimeExpressionExtractor sutime;

  private CoreNlpPipeline() {
  }

  /** The shared pipeline, loaded on first use. */
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

  /** The shared SUTime extractor, loaded on first use. */
  static TimeExpressionExtractor sutime() {
    TimeExpressionExtractor t = sutime;
    if (t == null) {
      synchronized (TimeTagger.class) {
        t = sutime;
        if (t == null) {
          Properties props = new Properties();
          props.setProperty("sutime.markTimeRanges", "false");
          props.setProperty("sutime.includeRange", "false");
          t = TimeExpressionExtractorFactory.createExtractor("sutime", props);
          sutime = t;
        }
      }
    }
    return t;
  }

  /**
   * Loads the pipeline and SUTime at the same time on two threads (they are independent and
   * each takes seconds), and returns when both are ready.
   */
  public static void preload() {
    Thread timeLoader = new Thread(CoreNlpPipeline::sutime, "newsfuse-sutime-load");
    timeLoader.setDaemon(true);
    timeLoader.start();
    get();
    try {
      timeLoader.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  static Properties properties() {
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    // Keep the article's own characters: offsets must index Article.text exactly.
    props.setProperty("tokenize.options", "invertible=true,untokenizable=noneKeep");
    props.setProperty("ssplit.newlineIsSentenceBreak", "two");
    props.setProperty("pos.model",
        "edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger");
    props.setProperty("ner.model", System.getProperty("newsfuse.ner.model", NER_MODEL));
    props.setProperty("ner.applyFineGrained", "false");
    props.setProperty("ner.applyNumericClassifiers", "false");
    props.setProperty("ner.useSUTime", "false");
    props.setProperty("ner.buildEntityMentions", "true");
    return props;
  }
}
