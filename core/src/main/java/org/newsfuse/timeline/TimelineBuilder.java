package org.newsfuse.timeline;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsfuse.briefing.SourceRef;
import org.newsfuse.briefing.TimelineEntry;
import org.newsfuse.facts.StatementAlignment;
import org.newsfuse.facts.StatementText;
import org.newsfuse.model.Document;
import org.newsfuse.model.Sentence;
import org.newsfuse.model.Story;
import org.newsfuse.model.TimeExpression;
import org.newsfuse.model.TimePrecision;

/**
 * The developments of a story in time order. A sentence becomes a development when it carries a
 * resolved date or time (day precision or finer), when a live-blog stamp ("Update, 09:34 GMT:")
 * precedes it, or when it opens an article under a dated dateline. The same development reported
 * by several outlets (similar sentences at the same time, or within a quarter of an hour for
 * clock times) is one entry listing every source.
 *
 * <p>For long multi-day collections (Timeline17) see {@link DatewiseTimeline}.
 */
public final class TimelineBuilder {
  private static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(15);
  private static final double SAME_DEVELOPMENT = 0.45;
  /** Two sentences within minutes of each other need less wording in common. */
  private static final double SAME_DEVELOPMENT_AT_CLOCK_TIME = 0.3;
  private static final int MAX_WORDS = 40;

  private static final java.util.regex.Pattern PART_OF_DAY =
      java.util.regex.Pattern.compile("T(MO|AF|EV|NI|DT)");

  private final int maxEntries;

  public TimelineBuilder() {
    this(24);
  }

  public TimelineBuilder(int maxEntries) {
    this.maxEntries = maxEntries;
  }

  public List<TimelineEntry> timeline(Story story) {
    return timeline(StatementAlignment.of(story));
  }

  /** The timeline, sharing the statement alignment the facts were found with. */
  public List<TimelineEntry> timeline(StatementAlignment alignment) {
    Story story = alignment.story();
    List<TimedEvent> events = new ArrayList<>();
    java.util.Map<String, PublishedTime> published = new PublishedTimeInference().infer(story);
    for (int d = 0; d < story.documents().size(); d++) {
      Document doc = story.documents().get(d);
      events.addAll(events(d, doc, published.get(doc.id())));
    }
    events.sort(Comparator.comparing(TimedEvent::time).thenComparing(TimedEvent::precision)
        .thenComparingInt(TimedEvent::order)
        .thenComparingInt(e -> e.sentence().index()));
    SentenceSimilarity similarity = new SentenceSimilarity(alignment);
    List<List<TimedEvent>> developments = new ArrayList<>();
    for (TimedEvent e : events) {
      List<TimedEvent> home = null;
      double best = e.precision() == TimePrecision.MINUTE ? SAME_DEVELOPMENT_AT_CLOCK_TIME
          : SAME_DEVELOPMENT;
      for (List<TimedEvent> dev : developments) {
        if (!sameTime(dev.get(0), e) || dev.stream().anyMatch(x -> x.order() == e.order())) continue;
        double s = dev.stream().mapToDouble(x -> similarity.of(x, e)).max().orElse(0);
        if (s >= best) {
          best = s;
          home = dev;
        }
      }
      if (home == null) developments.add(new ArrayList<>(List.of(e)));
      else home.add(e);
    }
    List<List<TimedEvent>> kept = new ArrayList<>(developments);
    if (kept.size() > maxEntries) {
      // keep what most outlets report, then what is timed most precisely (live-blog updates)
      kept.sort(Comparator.comparingInt((List<TimedEvent> d) -> -outlets(d))
          .thenComparing(d -> -timeOf(d).precision().ordinal())
          .thenComparing(d -> d.get(0).time()));
      kept = new ArrayList<>(kept.subList(0, maxEntries));
    }
    List<TimelineEntry> out = new ArrayList<>();
    kept.sort(Comparator.comparing((List<TimedEvent> d) -> timeOf(d).time())
        .thenComparing(d -> timeOf(d).precision())
        .thenComparingInt(d -> d.get(0).order())
        .thenComparingInt(d -> d.get(0).sentence().index()));
    for (List<TimedEvent> dev : kept) out.add(entry(dev, similarity));
    return out;
  }

  /** Candidate developments of one article. */
  static List<TimedEvent> events(int order, Document doc, PublishedTime published) {
    List<TimedEvent> out = new ArrayList<>();
    Map<Integer, TimeExpression> bySentence = new LinkedHashMap<>();
    List<TimeExpression> stamps = new ArrayList<>();
    TimeExpression dateline = null;
    for (TimeExpression t : doc.times()) {
      if (t.resolved() == null || t.precision() == null) continue;
      if (t.stamp()) {
        stamps.add(t);
        continue;
      }
      if (t.precision().ordinal() < TimePrecision.DAY.ordinal()) continue;
      if (t.timex() != null && (t.timex().startsWith("P") || t.timex().contains("REF"))) continue;
      if (t.timex() != null && PART_OF_DAY.matcher(t.timex()).find()) {
        // "this morning" names the day, not an hour
        t = new TimeExpression(t.span(), t.text(), t.timex(), t.resolved().toLocalDate()
            .atStartOfDay(), TimePrecision.DAY, false, t.sentenceIndex());
      }
      if (t.sentenceIndex() < 0) {
        if (dateline == null) dateline = t;
        continue;
      }
      // the most precise expression of a sentence dates it
      bySentence.merge(t.sentenceIndex(), t,
          (a, b) -> b.precision().ordinal() > a.precision().ordinal() ? b : a);
    }
    Map<Integer, Boolean> taken = new HashMap<>();
    stamps.sort(Comparator.comparing(TimeExpression::span));
    for (int i = 0; i < stamps.size(); i++) {
      TimeExpression s = stamps.get(i);
      int limit = i + 1 < stamps.size() ? stamps.get(i + 1).span().begin() : Integer.MAX_VALUE;
      for (Sentence sentence : doc.sentences()) {
        if (sentence.span().end() <= s.span().end() || sentence.span().begin() >= limit) continue;
        if (sentence.wordCount() < 4 || sentence.text().strip().endsWith(":")) continue;
        out.add(new TimedEvent(order, doc, sentence, s.resolved(), s.precision()));
        taken.put(sentence.index(), true);
        break;
      }
    }
    bySentence.forEach((index, t) -> {
      if (taken.containsKey(index)) return;
      Sentence sentence = doc.sentences().get(index);
      if (sentence.wordCount() < 4) return;
      out.add(new TimedEvent(order, doc, sentence, t.resolved(), t.precision()));
      taken.put(index, true);
    });
    // clock times the tagger left undated ("at about 09:30 GMT") fall on the publication day
    if (published != null && published.published() != null) {
      java.time.LocalDateTime when = java.time.LocalDateTime.ofInstant(published.published(),
          java.time.ZoneOffset.UTC);
      for (int i = 0; i < out.size(); i++) {
        TimedEvent e = out.get(i);
        if (e.precision() != TimePrecision.DAY) continue;
        java.time.LocalTime clock = ClockMentions.in(e.sentence().text());
        if (clock != null) {
          out.set(i, new TimedEvent(order, doc, e.sentence(), e.time().toLocalDate().atTime(clock),
              TimePrecision.MINUTE));
        }
      }
      for (Sentence sentence : doc.sentences()) {
        if (taken.containsKey(sentence.index()) || sentence.wordCount() < 4) continue;
        java.time.LocalTime clock = ClockMentions.in(sentence.text());
        if (clock == null) continue;
        java.time.LocalDateTime at = when.toLocalDate().atTime(clock);
        // a time later than publication (with an hour's grace) happened the day before
        if (published.precision() == TimePrecision.MINUTE && at.isAfter(when.plusHours(1))) {
          at = at.minusDays(1);
        }
        out.add(new TimedEvent(order, doc, sentence, at, TimePrecision.MINUTE));
        taken.put(sentence.index(), true);
      }
    }
    if (dateline != null) {
      for (Sentence sentence : doc.sentences()) {
        if (sentence.span().end() <= dateline.span().begin() || sentence.wordCount() < 4) continue;
        if (!taken.containsKey(sentence.index())) {
          out.add(new TimedEvent(order, doc, sentence, dateline.resolved(), dateline.precision()));
        }
        break;
      }
    }
    return out;
  }

  private static int outlets(List<TimedEvent> dev) {
    return (int) dev.stream().map(e -> e.document().source()).distinct().count();
  }

  private static boolean sameTime(TimedEvent a, TimedEvent b) {
    if (a.precision() != b.precision()) return false;
    if (a.precision() == TimePrecision.MINUTE) {
      return Duration.between(a.time(), b.time()).abs().compareTo(CLOCK_TOLERANCE) <= 0;
    }
    return a.key().equals(b.key());
  }

  /** The time most sources of a development give; the earliest on ties. */
  private static TimedEvent timeOf(List<TimedEvent> dev) {
    Map<String, Integer> votes = new LinkedHashMap<>();
    for (TimedEvent e : dev) votes.merge(e.key(), 1, Integer::sum);
    TimedEvent best = dev.get(0);
    for (TimedEvent e : dev) {
      int v = votes.get(e.key());
      int b = votes.get(best.key());
      if (v > b || v == b && e.time().isBefore(best.time())) best = e;
    }
    return best;
  }

  private static TimelineEntry entry(List<TimedEvent> dev, SentenceSimilarity similarity) {
    TimedEvent when = timeOf(dev);
    TimedEvent rep = dev.get(0);
    double bestScore = -1;
    for (TimedEvent e : dev) {
      double score = 0;
      for (TimedEvent o : dev) if (o != e) score += similarity.of(e, o);
      if (score > bestScore + 1e-9) {
        rep = e;
        bestScore = score;
      }
    }
    List<SourceRef> sources = dev.stream()
        .map(e -> SourceRef.of(e.sentence().span(), e.document().source())).distinct().sorted()
        .toList();
    return new TimelineEntry(when.key(), when.precision(), trim(StatementText.clean(
        rep.sentence().text())), sources);
  }

  /** The sentence cut to a readable length at a clause boundary. */
  static String trim(String text) {
    String[] words = text.split("\\s+");
    if (words.length <= MAX_WORDS) return text;
    StringBuilder sb = new StringBuilder();
    int lastComma = -1;
    for (int i = 0; i < MAX_WORDS; i++) {
      if (i > 0) sb.append(' ');
      sb.append(words[i]);
      if (words[i].endsWith(",") && i >= MAX_WORDS / 2) lastComma = sb.length() - 1;
    }
    String cut = lastComma > 0 ? sb.substring(0, lastComma) : sb.toString();
    return cut + " …";
  }
}
