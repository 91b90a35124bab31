package org.newsfuse.render;

import java.io.IOException;
import java.io.Writer;
import org.newsfuse.briefing.Briefing;

/** Writes a briefing in one output format. */
public interface BriefingRenderer {
  void render(Briefing briefing, Writer out) throws IOException;

  /** The renderer for a format name: md, json or html. */
  static BriefingRenderer forFormat(OutputFormat format) {
    return switch (format) {
      case MD -> new MarkdownRenderer();
      case JSON -> new JsonRenderer();
      case HTML -> new HtmlRenderer();
    };
  }
}
