package org.newsfuse.app.bench;

import java.util.Arrays;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * The measured runs of one story size summarised: times are medians (robust to one run slowed
 * by a busy machine), memory is the worst run's.
 */
public record SizeSummary(int size, int runs, int sentences, int uniqueSentences,
                          long wallMillis, long analysisMillis, long briefingMillis,
                          long cpuMillis, long analysisCpuMillis, long briefingCpuMillis,
                          double articlesPerSecond, long peakHeapMb,
                          long liveHeapMb, long peakRssMb) {
  static SizeSummary of(List<RunFigures> runs) {
    if (runs.isEmpty()) throw new IllegalArgumentException("no runs to summarise");
    RunFigures first = runs.get(0);
    long wall = median(runs, RunFigures::wallMillis);
    return new SizeSummary(first.size(), runs.size(), first.sentences(), first.uniqueSentences(),
        wall, median(runs, RunFigures::analysisMillis), median(runs, RunFigures::briefingMillis),
        median(runs, RunFigures::cpuMillis), median(runs, RunFigures::analysisCpuMillis),
        median(runs, RunFigures::briefingCpuMillis), wall == 0 ? 0 : first.size() * 1000.0 / wall,
        max(runs, RunFigures::peakHeapMb), max(runs, RunFigures::liveHeapMb),
        max(runs, RunFigures::peakRssMb));
  }

  private static long median(List<RunFigures> runs, ToLongFunction<RunFigures> f) {
    long[] v = runs.stream().mapToLong(f).sorted().toArray();
    int n = v.length;
    return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
  }

  private static long max(List<RunFigures> runs, ToLongFunction<RunFigures> f) {
    return Arrays.stream(runs.stream().mapToLong(f).toArray()).max().orElse(-1);
  }
}
