package org.newsfuse.render;

import java.util.Locale;

/** The formats a briefing can be written in. */
public enum OutputFormat {
  MD, JSON, HTML;

  public static OutputFormat parse(String name) {
    return switch (name.toLowerCase(Locale.ROOT)) {
      case "md", "markdown" -> MD;
      case "json" -> JSON;
      case "html" -> HTML;
      default -> throw new IllegalArgumentException(
          "unknown format '" + name + "' (use md, json or html)");
    };
  }
}
