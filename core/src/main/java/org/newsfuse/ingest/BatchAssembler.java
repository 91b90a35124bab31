package org.newsfuse.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.newsfuse.model.Article;

/**
 * Turns the drafts of one batch into {@link Article}s: normalises text and metadata, falls back to
 * the file name for the outlet, assigns content ids, and keeps only the first of identical
 * articles (the same report saved twice, or listed in two feeds).
 */
final class BatchAssembler {
  private record Seen(String origin, String fullHash) {
  }

  private final Map<String, Seen> seenById = new HashMap<>();
  private final List<Article> articles = new ArrayList<>();

  /** Adds the draft, or reports why it was not added. */
  void add(ArticleDraft draft, String fileName, Consumer<IngestProblem> problems) {
    String text = TextNormalizer.normalize(draft.text());
    if (text.isEmpty()) {
      problems.accept(new IngestProblem(draft.origin(), "no article text"));
      return;
    }
    String source = TextNormalizer.oneLine(draft.source());
    if (source == null) source = OutletNameFromFile.outletFor(fileName);
    String title = TextNormalizer.oneLine(draft.title());
    String url = draft.url() == null || draft.url().isBlank() ? null : draft.url().strip();
    String fullHash = ArticleIds.contentHash(source, url, title, text);
    String id = ArticleIds.slug(source) + "-" + fullHash.substring(0, ArticleIds.HASH_HEX_DIGITS);
    Seen earlier = seenById.get(id);
    if (earlier != null && earlier.fullHash().equals(fullHash)) {
      problems.accept(new IngestProblem(draft.origin(),
          "duplicate of " + earlier.origin() + " (identical article " + id + ")"));
      return;
    }
    if (earlier != null) {
      // Two different articles share 48 bits of hash: astronomically rare, but ids must stay unique.
      id = ArticleIds.slug(source) + "-" + fullHash;
    }
    seenById.put(id, new Seen(draft.origin(), fullHash));
    String language = draft.language() == null || draft.language().isBlank() ? null : draft.language();
    articles.add(new Article(id, source, url, title, draft.published(), text, language, draft.origin()));
  }

  List<Article> articles() {
    return List.copyOf(articles);
  }
}
