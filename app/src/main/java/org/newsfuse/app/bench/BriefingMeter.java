package org.newsfuse.app.bench;

import java.lang.management.ManagementFactory;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsfuse.NewsFuse;
import org.newsfuse.briefing.Briefing;
import org.newsfuse.model.Article;
import org.newsfuse.model.Document;
import org.newsfuse.model.Sentence;

/** Times one full briefing (the two halves of {@link NewsFuse#brief} separately) and its memory. */
final class BriefingMeter {
  private final NewsFuse newsFuse;
  private final MemoryProbe memory = new MemoryProbe();

  BriefingMeter(NewsFuse newsFuse) {
    this.newsFuse = newsFuse;
  }

  RunFigures measure(List<Article> articles, int repetition) {
    memory.reset();
    long cpu0 = processCpuNanos();
    long t0 = System.nanoTime();
    List<Document> documents = newsFuse.analyze(articles, (done, total) -> { });
    long t1 = System.nanoTime();
    long cpuAnalysed = processCpuNanos();
    Briefing briefing = newsFuse.briefAnalysed(documents);
    long t2 = System.nanoTime();
    long cpu1 = processCpuNanos();
    long peakHeap = memory.peakHeapMb();
    long peakRss = memory.peakRssMb();
    long live = memory.liveHeapMbAfterGc();
    if (briefing.articles().size() != articles.size()) {
      throw new IllegalStateException("briefing lists " + briefing.articles().size()
          + " articles, expected " + articles.size());
    }
    int[] counts = sentenceCounts(documents);
    long analysis = millis(t1 - t0);
    long briefingTime = millis(t2 - t1);
    return new RunFigures(articles.size(), repetition, counts[0], counts[1],
        analysis + briefingTime, analysis, briefingTime, cpuMillis(cpu0, cpu1),
        cpuMillis(cpu0, cpuAnalysed), cpuMillis(cpuAnalysed, cpu1), peakHeap, live, peakRss);
  }

  private static int[] sentenceCounts(List<Document> documents) {
    Map<String, Integer> occurrences = new HashMap<>();
    int total = 0;
    for (Document d : documents) {
      for (Sentence s : d.sentences()) {
        occurrences.merge(s.text(), 1, Integer::sum);
        total++;
      }
    }
    int unique = (int) occurrences.values().stream().filter(n -> n == 1).count();
    return new int[] {total, unique};
  }

  private static long processCpuNanos() {
    if (ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime();
    }
    return -1;
  }

  private static long cpuMillis(long from, long to) {
    return from < 0 || to < 0 ? -1 : millis(to - from);
  }

  private static long millis(long nanos) {
    return nanos / 1_000_000;
  }
}
