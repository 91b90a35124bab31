package org.newsfuse.eval.timeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;

/** Renders a {@link TimelineReport} as a text table or JSON, with the published figures beside it. */
public final class TimelineReportFormat {
  private TimelineReportFormat() {
  }

  public static String text(TimelineReport report) {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "%-44s %5s %8s %8s %8s%n", "topic", "golds", "dateF1", "AR1-F1", "AR2-F1"));
    for (TopicResult t : report.topics()) {
      out.append(row(t.topic(), Integer.toString(t.timelines().size()), t.dates().f1(), t.alignedRouge1().f1(),
          t.alignedRouge2().f1()));
    }
    int golds = report.topics().stream().mapToInt(t -> t.timelines().size()).sum();
    out.append(row("mean (" + report.system() + ")", Integer.toString(golds), report.dates().f1(),
        report.alignedRouge1().f1(), report.alignedRouge2().f1()));
    out.append(String.format(Locale.ROOT, "%nPublished, Timeline17 all 17 topics (Ghalandari & Ifrim 2020; unverified transcription):%n"));
    for (PublishedTimelineScore p : GhalandariIfrim2020.scores()) {
      out.append(row(p.method(), "", p.dateF1(), p.alignedRouge1F1(), p.alignedRouge2F1()));
    }
    if (!report.stopWordsRemoved()) {
      out.append(String.format(Locale.ROOT, "%nNote: ROUGE stop-word removal (-s) was off: ROUGE's smart_common_words.txt was "
          + "not found (set ROUGE_EVAL_HOME); aligned ROUGE is then higher than tilse's.%n"));
    }
    return out.toString();
  }

  private static String row(String label, String golds, double dateF1, double r1, double r2) {
    return String.format(Locale.ROOT, "%-44s %5s %8.3f %8.3f %8.3f%n", label, golds, dateF1, r1, r2);
  }

  public static String json(TimelineReport report) {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = mapper.createObjectNode();
    root.put("system", report.system());
    root.put("stopWordsRemoved", report.stopWordsRemoved());
    ArrayNode topics = root.putArray("topics");
    for (TopicResult t : report.topics()) {
      ObjectNode node = topics.addObject();
      node.put("topic", t.topic());
      node.put("goldTimelines", t.timelines().size());
      scores(node, t.dates(), t.alignedRouge1(), t.alignedRouge2());
    }
    scores(root.putObject("mean"), report.dates(), report.alignedRouge1(), report.alignedRouge2());
    ArrayNode published = root.putArray("published");
    for (PublishedTimelineScore p : GhalandariIfrim2020.scores()) {
      ObjectNode node = published.addObject();
      node.put("method", p.method());
      node.put("dateF1", p.dateF1());
      node.put("alignedRouge1F1", p.alignedRouge1F1());
      node.put("alignedRouge2F1", p.alignedRouge2F1());
    }
    try {
      return mapper.writeValueAsString(root) + System.lineSeparator();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void scores(ObjectNode node, Prf dates, Prf r1, Prf r2) {
    node.put("dateF1", dates.f1());
    node.put("alignedRouge1F1", r1.f1());
    node.put("alignedRouge2F1", r2.f1());
    node.put("datePrecision", dates.precision());
    node.put("dateRecall", dates.recall());
    node.put("alignedRouge1Precision", r1.precision());
    node.put("alignedRouge1Recall", r1.recall());
    node.put("alignedRouge2Precision", r2.precision());
    node.put("alignedRouge2Recall", r2.recall());
  }

}
