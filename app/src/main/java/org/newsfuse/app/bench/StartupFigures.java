package org.newsfuse.app.bench;

/**
 * Start-up of the benchmark's own process, in milliseconds of wall time.
 *
 * @param jvmToCommandMillis JVM start (RuntimeMXBean) to the bench command running: JVM boot,
 *                           class loading, command-line parsing
 * @param coreNlpMillis      loading the CoreNLP pipeline and SUTime
 * @param embedderMillis     loading the sentence embedder (in parallel with CoreNLP)
 * @param warmUpMillis       a short warm-up article through analysis and embedder, after
 *                           CoreNLP is loaded (overlaps the embedder's loading)
 * @param modelsMillis       all models loaded and warm, from the call
 * @param jvmToReadyMillis   JVM start to every model loaded: the start-up a user waits for
 */
public record StartupFigures(long jvmToCommandMillis, long coreNlpMillis, long embedderMillis,
                             long warmUpMillis, long modelsMillis, long jvmToReadyMillis) {
}
