package org.newsfuse.render;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.stream.Collectors;
import org.newsfuse.briefing.ArticleInfo;
import org.newsfuse.briefing.Briefing;
import org.newsfuse.briefing.Disagreement;
import org.newsfuse.briefing.Entity;
import org.newsfuse.briefing.Fact;
import org.newsfuse.briefing.QuoteEntry;
import org.newsfuse.briefing.SourceRef;
import org.newsfuse.briefing.SummarySentence;
import org.newsfuse.briefing.TimelineEntry;

/**
 * A briefing as Markdown for the terminal or a notes app. Each line ends with the numbers of its
 * sources ([1][3]); the Sources list at the end maps numbers to outlets, titles and character spans
 * are in the JSON.
 */
public final class MarkdownRenderer implements BriefingRenderer {

  @Override
  public void render(Briefing b, Writer out) throws IOException {
    SourceLabels labels = new SourceLabels(b);
    StringBuilder md = new StringBuilder();
    md.append("# ").append(oneLine(b.headline())).append("\n\n");
    md.append("_").append(SourceLabels.articlesAndOutlets(b)).append("_\n\n");

    md.append("## Summary\n\n");
    for (SummarySentence s : b.summary()) {
      md.append("- ").append(oneLine(s.text())).append(' ').append(marks(labels, s.sources()))
          .append('\n');
    }
    if (!b.facts().isEmpty()) {
      md.append("\n## What the sources agree on\n\n");
      for (Fact f : b.facts()) {
        md.append("- ").append(oneLine(f.text())).append(' ').append(marks(labels, f.sources()))
            .append(" — ").append(support(f)).append('\n');
      }
    }
    if (!b.disagreements().isEmpty()) {
      md.append("\n## Where the sources disagree\n\n");
      for (Disagreement d : b.disagreements()) {
        md.append("- **").append(oneLine(d.point())).append("**\n");
        for (Disagreement.Version v : d.versions()) {
          md.append("  - ").append(oneLine(v.text())).append(' ')
              .append(marks(labels, v.sources())).append(" — ")
              .append(String.join(", ", v.outlets())).append('\n');
        }
      }
    }
    if (!b.timeline().isEmpty()) {
      md.append("\n## Timeline\n\n");
      for (TimelineEntry t : b.timeline()) {
        md.append("- **").append(t.time()).append("** ").append(oneLine(t.text())).append(' ')
            .append(marks(labels, t.sources())).append('\n');
      }
    }
    if (!b.entities().isEmpty()) {
      md.append("\n## Who and what is involved\n\n");
      for (Entity e : b.entities()) {
        md.append("- **").append(oneLine(e.name())).append("** (")
            .append(e.type().name().toLowerCase());
        if (e.role() != null && !e.role().isBlank()) md.append(", ").append(oneLine(e.role()));
        md.append(")");
        if (!e.aliases().isEmpty()) {
          md.append(" — also ").append(String.join(", ", e.aliases()));
        }
        md.append(" — ").append(e.outlets().size())
            .append(e.outlets().size() == 1 ? " outlet" : " outlets").append('\n');
      }
    }
    if (!b.quotes().isEmpty()) {
      md.append("\n## Who said what\n\n");
      for (QuoteEntry q : b.quotes()) {
        md.append("- “").append(oneLine(q.text())).append("” — ")
            .append(q.speaker() == null ? "_unattributed_" : oneLine(q.speaker())).append(' ')
            .append(marks(labels, q.sources())).append('\n');
      }
    }
    md.append("\n## Sources\n\n");
    for (ArticleInfo a : b.articles()) {
      md.append(labels.number(a.id())).append(". ").append(oneLine(a.source()));
      if (a.title() != null) md.append(": ").append(oneLine(a.title()));
      if (a.published() != null) {
        md.append(" (").append(a.published()).append(a.publishedInferred() ? ", inferred" : "")
            .append(')');
      }
      if (a.url() != null) md.append(" <").append(a.url()).append('>');
      md.append(" `").append(a.id()).append("`\n");
    }
    out.write(md.toString());
  }

  private static String support(Fact f) {
    String s = f.independentSources() == 1 ? "1 independent source"
        : f.independentSources() + " independent sources";
    return s + " (" + String.join(", ", f.outlets()) + ")";
  }

  private static String marks(SourceLabels labels, List<SourceRef> sources) {
    return labels.numbers(sources).stream().map(n -> "[" + n + "]")
        .collect(Collectors.joining());
  }

  private static String oneLine(String s) {
    return s == null ? "" : s.replaceAll("\\s+", " ").strip();
  }
}
