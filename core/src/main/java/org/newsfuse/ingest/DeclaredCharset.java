package org.newsfuse.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the character encoding a document names for itself: an HTML {@code <meta charset>} or
 * {@code http-equiv} content type, or an XML prolog's {@code encoding}. Only the start is looked at,
 * as browsers do, read as Latin-1 so that any ASCII-compatible encoding can be matched.
 */
final class DeclaredCharset {
  static final int PRESCAN_BYTES = 4096;

  private static final Pattern XML_PROLOG = Pattern.compile(
      "^\\s*<\\?xml[^>]*?\\bencoding\\s*=\\s*[\"']([^\"']+)[\"']", Pattern.CASE_INSENSITIVE);
  private static final Pattern META_CHARSET = Pattern.compile(
      "<meta\\b[^>]*?\\bcharset\\s*=\\s*[\"']?\\s*([^\\s\"'/>;]+)", Pattern.CASE_INSENSITIVE);

  /** Where the declaration was found, for messages. */
  record Declaration(String name, String where) {
  }

  private DeclaredCharset() {
  }

  static Optional<Declaration> find(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
    Matcher xml = XML_PROLOG.matcher(head);
    if (xml.find()) return Optional.of(new Declaration(xml.group(1).trim(), "XML prolog"));
    Matcher meta = META_CHARSET.matcher(head);
    if (meta.find()) return Optional.of(new Declaration(meta.group(1).trim(), "HTML meta charset"));
    return Optional.empty();
  }
}
