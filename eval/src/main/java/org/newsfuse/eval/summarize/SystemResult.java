package org.newsfuse.eval.summarize;

/**
 * The figures of one system on one dataset.
 *
 * @param secondsPerCluster mean wall-clock seconds the system took to summarize one analysed cluster
 * @param peakMemoryMb      peak JVM heap in use while the system ran (includes the analysed
 *                          documents the benchmark holds)
 */
public record SystemResult(String name, RougeFigure rouge1, RougeFigure rouge2, RougeFigure rougeL,
                           RougeFigure rougeSU4, double secondsPerCluster, double peakMemoryMb) {
}
