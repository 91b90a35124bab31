package org.newsfuse;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.newsfuse.model.Article;

/** A story id that depends only on which articles it holds, not on their order. */
final class StoryIds {
  private StoryIds() {
  }

  static String of(List<Article> articles) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      articles.stream().map(Article::id).sorted().distinct()
          .forEach(id -> sha.update((id + "\n").getBytes(StandardCharsets.UTF_8)));
      return "story-" + HexFormat.of().formatHex(sha.digest()).substring(0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JVM", e);
    }
  }
}
