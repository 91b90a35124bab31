package org.newsfuse.render;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.jsoup.nodes.Entities;
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
 * A briefing as one self-contained HTML page (no scripts, no external assets). Every source mark
 * carries its article id and character span as data attributes and a tooltip.
 */
public final class HtmlRenderer implements BriefingRenderer {
  private static final String STYLE = """
      body{font:16px/1.5 system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;color:#222}
      h1{font-size:1.6rem}h2{font-size:1.15rem;margin-top:2rem;border-bottom:1px solid #ddd}
      sup a{text-decoration:none;color:#06c;font-size:.75rem;margin-left:.1rem}
      .meta{color:#666}.versions{margin:.2rem 0 .6rem}.outlets{color:#666;font-size:.9rem}
      .inferred{color:#a60}""";

  @Override
  public void render(Briefing b, Writer out) throws IOException {
    SourceLabels labels = new SourceLabels(b);
    StringBuilder h = new StringBuilder();
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
        .append(esc(b.headline())).append("</title>\n<style>").append(STYLE)
        .append("</style>\n</head>\n<body>\n<h1>").append(esc(b.headline())).append("</h1>\n");
    h.append("<p class=\"meta\">").append(esc(SourceLabels.articlesAndOutlets(b)))
        .append("</p>\n");

    h.append("<section id=\"summary\"><h2>Summary</h2>\n<ul>\n");
    for (SummarySentence s : b.summary()) {
      h.append("<li>").append(esc(s.text())).append(marks(labels, s.sources())).append("</li>\n");
    }
    h.append("</ul></section>\n");

    if (!b.facts().isEmpty()) {
      h.append("<section id=\"facts\"><h2>What the sources agree on</h2>\n<ul>\n");
      for (Fact f : b.facts()) {
        h.append("<li>").append(esc(f.text())).append(marks(labels, f.sources()))
            .append(" <span class=\"outlets\">").append(f.independentSources())
            .append(f.independentSources() == 1 ? " independent source: " : " independent sources: ")
            .append(esc(String.join(", ", f.outlets()))).append("</span></li>\n");
      }
      h.append("</ul></section>\n");
    }
    if (!b.disagreements().isEmpty()) {
      h.append("<section id=\"disagreements\"><h2>Where the sources disagree</h2>\n<ul>\n");
      for (Disagreement d : b.disagreements()) {
        h.append("<li><strong>").append(esc(d.point())).append("</strong><ul class=\"versions\">");
        for (Disagreement.Version v : d.versions()) {
          h.append("<li>").append(esc(v.text())).append(marks(labels, v.sources()))
              .append(" <span class=\"outlets\">").append(esc(String.join(", ", v.outlets())))
              .append("</span></li>");
        }
        h.append("</ul></li>\n");
      }
      h.append("</ul></section>\n");
    }
    if (!b.timeline().isEmpty()) {
      h.append("<section id=\"timeline\"><h2>Timeline</h2>\n<ul>\n");
      for (TimelineEntry t : b.timeline()) {
        h.append("<li><time datetime=\"").append(esc(t.time())).append("\">")
            .append(esc(t.time())).append("</time> ").append(esc(t.text()))
            .append(marks(labels, t.sources())).append("</li>\n");
      }
      h.append("</ul></section>\n");
    }
    if (!b.entities().isEmpty()) {
      h.append("<section id=\"entities\"><h2>Who and what is involved</h2>\n<ul>\n");
      for (Entity e : b.entities()) {
        h.append("<li><strong>").append(esc(e.name())).append("</strong> (")
            .append(e.type().name().toLowerCase());
        if (e.role() != null && !e.role().isBlank()) h.append(", ").append(esc(e.role()));
        h.append(")");
        if (!e.aliases().isEmpty()) {
          h.append(" — also ").append(esc(String.join(", ", e.aliases())));
        }
        h.append(" <span class=\"outlets\">").append(esc(String.join(", ", e.outlets())))
            .append("</span>").append(marks(labels, e.mentions())).append("</li>\n");
      }
      h.append("</ul></section>\n");
    }
    if (!b.quotes().isEmpty()) {
      h.append("<section id=\"quotes\"><h2>Who said what</h2>\n<ul>\n");
      for (QuoteEntry q : b.quotes()) {
        h.append("<li><q>").append(esc(q.text())).append("</q> — ")
            .append(q.speaker() == null ? "<em>unattributed</em>" : esc(q.speaker()))
            .append(marks(labels, q.sources())).append("</li>\n");
      }
      h.append("</ul></section>\n");
    }
    h.append("<section id=\"sources\"><h2>Sources</h2>\n<ol>\n");
    for (ArticleInfo a : b.articles()) {
      h.append("<li id=\"src-").append(labels.number(a.id())).append("\">")
          .append(esc(a.source()));
      if (a.title() != null) h.append(": ");
      if (a.url() != null) {
        h.append("<a href=\"").append(esc(a.url())).append("\">")
            .append(esc(a.title() == null ? a.url() : a.title())).append("</a>");
      } else if (a.title() != null) {
        h.append(esc(a.title()));
      }
      if (a.published() != null) {
        h.append(" <span class=\"").append(a.publishedInferred() ? "inferred" : "meta")
            .append("\">").append(a.published()).append(a.publishedInferred() ? " (inferred)" : "")
            .append("</span>");
      }
      h.append(" <code>").append(esc(a.id())).append("</code></li>\n");
    }
    h.append("</ol></section>\n</body>\n</html>\n");
    out.write(h.toString());
  }

  private static String marks(SourceLabels labels, List<SourceRef> sources) {
    StringBuilder m = new StringBuilder();
    for (int n : labels.numbers(sources)) {
      m.append("<sup><a href=\"#src-").append(n).append("\"");
      StringBuilder spans = new StringBuilder();
      for (SourceRef s : sources) {
        if (labels.number(s.article()) != n) continue;
        if (spans.length() > 0) spans.append(' ');
        spans.append(s.begin()).append('-').append(s.end());
      }
      String articleId = sources.stream().filter(s -> labels.number(s.article()) == n)
          .findFirst().map(SourceRef::article).orElse("");
      m.append(" data-article=\"").append(esc(articleId)).append("\" data-spans=\"")
          .append(spans).append("\" title=\"").append(esc(articleId)).append(" chars ")
          .append(spans).append("\">[").append(n).append("]</a></sup>");
    }
    return m.toString();
  }

  private static String esc(String s) {
    return s == null ? "" : Entities.escape(s);
  }
}
