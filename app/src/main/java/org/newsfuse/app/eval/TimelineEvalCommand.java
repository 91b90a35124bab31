package org.newsfuse.app.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsfuse.eval.timeline.DatewiseTimelineSystem;
import org.newsfuse.eval.timeline.PublicationDateBaseline;
import org.newsfuse.eval.timeline.Timeline17Reader;
import org.newsfuse.eval.timeline.TimelineEvaluator;
import org.newsfuse.eval.timeline.TimelineReport;
import org.newsfuse.eval.timeline.TimelineReportFormat;
import org.newsfuse.eval.timeline.TimelineSystem;
import org.newsfuse.eval.timeline.TimelineTopic;
import org.newsfuse.eval.timeline.TopicResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsfuse eval timeline DIR}: date F1 and alignment-based ROUGE on Timeline17. */
@Command(name = "timeline", mixinStandardHelpOptions = true,
    description = {"Build a timeline per gold timeline of every Timeline17 topic in DIR and score it as",
        "news-tls does: date-selection F1 and alignment-based ROUGE-1/2 F1 (tilse align+ m:1)."})
public final class TimelineEvalCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "DIR", description = "timeline17 folder: <topic>/articles.jsonl, timelines.json, meta.json")
  Path dir;

  @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
  String format;

  @Option(names = "--topics", split = ",", paramLabel = "NAME", description = "only these topics")
  List<String> topics;

  @Option(names = "--system", defaultValue = "newsfuse", paramLabel = "newsfuse|baseline",
      description = "newsfuse's date-wise timeline builder, or the publication-date baseline "
          + "(default: ${DEFAULT-VALUE})")
  String systemName;

  /** The system under test. */
  TimelineSystem system() {
    return systemName.equals("baseline") ? new PublicationDateBaseline()
        : new DatewiseTimelineSystem();
  }

  @Override
  public Integer call() {
    if (!Files.isDirectory(dir)) {
      System.err.println("eval timeline: " + dir + ": not a directory");
      return 2;
    }
    if (!systemName.equals("newsfuse") && !systemName.equals("baseline")) {
      System.err.println("eval timeline: --system must be newsfuse or baseline, not " + systemName);
      return 2;
    }
    if (!format.equals("text") && !format.equals("json")) {
      System.err.println("eval timeline: --format must be text or json, not " + format);
      return 2;
    }
    Timeline17Reader reader = new Timeline17Reader();
    TimelineEvaluator evaluator = new TimelineEvaluator();
    TimelineSystem system = system();
    List<TopicResult> results = new ArrayList<>();
    List<Path> topicDirs = reader.topicDirs(dir).stream()
        .filter(p -> topics == null || topics.contains(p.getFileName().toString())).toList();
    if (topicDirs.isEmpty()) {
      System.err.println("eval timeline: " + dir + ": no topics (folders with timelines.json)");
      return 2;
    }
    for (int i = 0; i < topicDirs.size(); i++) {
      long start = System.nanoTime();
      TimelineTopic topic = reader.read(topicDirs.get(i));
      TopicResult result = evaluator.evaluate(topic, system);
      results.add(result);
      System.err.printf("[%d/%d] %s: %d articles, %d gold timelines, %.1fs%n", i + 1, topicDirs.size(),
          topic.name(), topic.articles().size(), topic.goldTimelines().size(), (System.nanoTime() - start) / 1e9);
    }
    TimelineReport report = new TimelineReport(system.name(), evaluator.stopWordsRemoved(), results);
    System.out.print(format.equals("json") ? TimelineReportFormat.json(report) : TimelineReportFormat.text(report));
    return 0;
  }
}
