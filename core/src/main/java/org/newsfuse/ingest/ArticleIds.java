package org.newsfuse.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Content-derived article ids: an outlet slug and the first 12 hex digits of the SHA-256 of
 * source, url, title and text ("daily-beacon-3f9a0c1b22de"). The same article gets the same id
 * wherever its file lies, and an id says at a glance which outlet it belongs to.
 */
final class ArticleIds {
  static final int HASH_HEX_DIGITS = 12;
  private static final int MAX_SLUG = 32;

  private ArticleIds() {
  }

  static String idFor(String source, String url, String title, String text) {
    return slug(source) + "-" + contentHash(source, url, title, text).substring(0, HASH_HEX_DIGITS);
  }

  /** The full hex digest; the separator cannot occur in a field's own text by accident of joining. */
  static String contentHash(String source, String url, String title, String text) {
    String key = nullToEmpty(source) + '\u001F' + nullToEmpty(url) + '\u001F' + nullToEmpty(title)
        + '\u001F' + text;
    return HexFormat.of().formatHex(sha256().digest(key.getBytes(StandardCharsets.UTF_8)));
  }

  static String slug(String source) {
    String ascii = Normalizer.normalize(nullToEmpty(source), Normalizer.Form.NFD)
        .replaceAll("\\p{M}+", "")
        .toLowerCase(Locale.ROOT)
        .replaceAll("[^a-z0-9]+", "-")
        .replaceAll("^-+|-+$", "");
    if (ascii.length() > MAX_SLUG) ascii = ascii.substring(0, MAX_SLUG).replaceAll("-+$", "");
    return ascii.isEmpty() ? "article" : ascii;
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
