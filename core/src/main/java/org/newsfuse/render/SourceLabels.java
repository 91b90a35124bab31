package org.newsfuse.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsfuse.briefing.ArticleInfo;
import org.newsfuse.briefing.Briefing;
import org.newsfuse.briefing.SourceRef;

/**
 * Numbers the briefing's articles [1], [2], ... in the order the briefing lists them, so the text
 * formats can point from every line to its sources.
 */
final class SourceLabels {
  private final Map<String, Integer> numberByArticle = new LinkedHashMap<>();

  SourceLabels(Briefing briefing) {
    for (ArticleInfo a : briefing.articles()) {
      numberByArticle.putIfAbsent(a.id(), numberByArticle.size() + 1);
    }
  }

  /** "8 articles from 7 outlets", "1 article from 1 outlet". */
  static String articlesAndOutlets(Briefing b) {
    long outlets = b.articles().stream().map(ArticleInfo::source).distinct().count();
    int articles = b.articles().size();
    return articles + (articles == 1 ? " article" : " articles") + " from " + outlets
        + (outlets == 1 ? " outlet" : " outlets");
  }

  int number(String articleId) {
    return numberByArticle.getOrDefault(articleId, 0);
  }

  /** Distinct article numbers of these sources, in first-seen order. */
  List<Integer> numbers(List<SourceRef> sources) {
    List<Integer> out = new ArrayList<>();
    for (SourceRef s : sources) {
      int n = number(s.article());
      if (!out.contains(n)) out.add(n);
    }
    out.sort(Integer::compare);
    return out;
  }
}
