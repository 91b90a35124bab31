package org.newsfuse;

/**
 * How long loading the models took, in milliseconds of wall time. The loaders run in parallel,
 * so {@code totalMillis} is about the slowest of them, not their sum; a loader whose model was
 * already loaded by an earlier call reports about 0.
 *
 * @param coreNlpMillis  the CoreNLP pipeline (tokenize, ssplit, pos, lemma, ner) and SUTime
 * @param embedderMillis the sentence embedder (ONNX Runtime and the bge-small model)
 * @param warmUpMillis   one short invented article through analysis and the embedder, once the
 *                       CoreNLP models are loaded (first-call costs: class loading, rule and
 *                       regex compilation)
 * @param totalMillis    from the call to all models loaded and warm
 */
public record ModelLoadTimes(long coreNlpMillis, long embedderMillis, long warmUpMillis,
                             long totalMillis) {
}
