package org.newsfuse.app.bench;

import java.util.List;

/**
 * Everything one {@code newsfuse bench} run measured.
 *
 * @param source     where the stories came from
 * @param seed       the story generator's seed
 * @param threads    articles analysed at once
 * @param words      summary word budget
 * @param warmup     whether each size had one unmeasured run first
 * @param machine    cores, heap, JVM, OS
 * @param startup    JVM and model start-up
 * @param sizes      per story size, the summary of its measured runs
 * @param runs       every run, warm-ups included (repetition 0)
 */
public record BenchReport(String source, long seed, int threads, int words, boolean warmup,
                          MachineFacts machine, StartupFigures startup, List<SizeSummary> sizes,
                          List<RunFigures> runs) {
}
