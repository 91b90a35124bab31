package org.newsfuse.app.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.newsfuse.model.Article;

/**
 * Makes a story of any size from a few real-looking reports of one event, for benchmarks.
 *
 * <p>Article {@code k} starts from base report {@code k mod bases}, keeps its first paragraph,
 * swaps some later paragraphs for paragraphs of other reports, drops or inserts a few, and
 * rewords words and counts ({@link WordVariation}). It gets its own id, outlet, url and
 * publication time. Texts are all distinct and most sentences differ from every other article's:
 * identical texts would be answered from the embedding cache and merged by deduplication, which
 * would make the figures look better than real input. Same bases and seed, same story.
 */
public final class StoryGenerator {
  public static final long DEFAULT_SEED = 20250311L;

  private static final String[] OUTLET_FIRST = {"Northern", "Coastal", "Western", "Island",
      "Harbour", "Evening", "Morning", "Daily", "Baltic", "County", "Fjord", "Valley"};
  private static final String[] OUTLET_SECOND = {"Courier", "Observer", "Herald", "Ledger",
      "Record", "Times", "Mail", "Post", "Chronicle", "Gazette", "Messenger", "Dispatch"};
  private static final double REPLACE = 0.25;
  private static final double DROP = 0.08;
  private static final double INSERT = 0.12;

  private final List<Article> bases;
  private final long seed;
  private final WordVariation variation = new WordVariation(0.6, 0.25);

  /**
   * @param bases the reports to recombine (at least one, each with some text)
   * @param seed  the generator's seed: same seed, same story
   */
  public StoryGenerator(List<Article> bases, long seed) {
    if (bases.isEmpty()) throw new IllegalArgumentException("no base articles to generate from");
    this.bases = List.copyOf(bases);
    this.seed = seed;
  }

  /** A story of {@code size} articles, all with distinct texts. */
  public List<Article> generate(int size) {
    Random random = new Random(seed ^ (31L * size));
    List<List<String>> paragraphs = new ArrayList<>();
    for (Article a : bases) paragraphs.add(paragraphs(a.text()));
    Set<String> seen = new HashSet<>();
    List<Article> out = new ArrayList<>(size);
    for (int k = 0; k < size; k++) {
      int b = k % bases.size();
      String text = recombine(b, paragraphs, random);
      while (!seen.add(text)) text = variation.vary(text, random);
      Article base = bases.get(b);
      String title = base.title() == null ? null : variation.vary(base.title(), random);
      out.add(article(k, base, title, text, random));
    }
    return out;
  }

  private String recombine(int base, List<List<String>> paragraphs, Random random) {
    List<String> own = paragraphs.get(base);
    List<String> kept = new ArrayList<>();
    for (int i = 0; i < own.size(); i++) {
      String p = own.get(i);
      if (i > 0 && random.nextDouble() < DROP) continue;
      if (i > 0 && bases.size() > 1 && random.nextDouble() < REPLACE) p = otherParagraph(base, paragraphs, random);
      kept.add(p);
      if (i > 0 && bases.size() > 1 && random.nextDouble() < INSERT) {
        kept.add(otherParagraph(base, paragraphs, random));
      }
    }
    List<String> varied = new ArrayList<>(kept.size());
    for (String p : kept) varied.add(variation.vary(p, random));
    return String.join("\n\n", varied);
  }

  private String otherParagraph(int base, List<List<String>> paragraphs, Random random) {
    int other = random.nextInt(bases.size() - 1);
    if (other >= base) other++;
    List<String> candidates = paragraphs.get(other);
    return candidates.get(random.nextInt(candidates.size()));
  }

  private static Article article(int k, Article base, String title, String text,
                                 Random random) {
    String outlet = OUTLET_FIRST[k % OUTLET_FIRST.length] + " "
        + OUTLET_SECOND[(k / OUTLET_FIRST.length + k) % OUTLET_SECOND.length];
    String slug = outlet.toLowerCase(Locale.ROOT).replace(' ', '-');
    String id = String.format(Locale.ROOT, "bench-%04d", k);
    return new Article(id, outlet, "https://" + slug + ".example/bench/" + id, title,
        base.published() == null ? null : base.published().plus(Duration.ofMinutes(random.nextInt(240))),
        text, base.language(), "generated:" + id + " from " + base.origin());
  }

  /** Paragraphs: runs of text between blank lines (or single line breaks when there are none). */
  static List<String> paragraphs(String text) {
    String[] parts = text.strip().split("\\n\\s*\\n");
    if (parts.length == 1) parts = text.strip().split("\\n");
    List<String> out = new ArrayList<>();
    for (String p : parts) {
      if (!p.isBlank()) out.add(p.strip());
    }
    if (out.isEmpty()) out.add(text);
    return out;
  }
}
