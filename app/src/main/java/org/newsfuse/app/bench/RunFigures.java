package org.newsfuse.app.bench;

/**
 * One measured briefing of one story.
 *
 * @param size            articles in the story
 * @param repetition      1-based; 0 for a warm-up run
 * @param sentences       sentences found by analysis
 * @param uniqueSentences sentences whose text occurs once in the story (the rest can be answered
 *                        from caches)
 * @param wallMillis      analysis plus briefing, wall time
 * @param analysisMillis  analysis (cleaning, CoreNLP, SUTime), wall time
 * @param briefingMillis  briefing (alignment, embeddings, summary, facts, entities, quotes)
 * @param cpuMillis       CPU time of the whole process during the run, all threads (less
 *                        affected than wall time by other processes competing for the cores)
 * @param analysisCpuMillis CPU time of the process during analysis
 * @param briefingCpuMillis CPU time of the process during briefing
 * @param peakHeapMb      peak heap during the run: sum of the heap pools' peaks, reset before
 *                        the run (an upper bound: pools peak at different moments)
 * @param liveHeapMb      heap in use after the run and a full GC (models included)
 * @param peakRssMb       peak resident memory of the process during the run (includes ONNX
 *                        Runtime's native memory), or -1 where the OS does not tell
 */
public record RunFigures(int size, int repetition, int sentences, int uniqueSentences,
                         long wallMillis, long analysisMillis, long briefingMillis,
                         long cpuMillis, long analysisCpuMillis, long briefingCpuMillis,
                         long peakHeapMb, long liveHeapMb, long peakRssMb) {
  double articlesPerSecond() {
    return wallMillis == 0 ? 0 : size * 1000.0 / wallMillis;
  }
}
