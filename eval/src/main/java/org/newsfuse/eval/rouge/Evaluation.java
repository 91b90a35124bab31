package org.newsfuse.eval.rouge;

import java.util.Arrays;
import java.util.List;

/**
 * One evaluation unit: a peer (system) summary and its reference (model) summaries, each given as
 * its lines, one sentence per line as ROUGE expects; blank lines are ignored.
 *
 * @param id names the unit (e.g. the cluster id); units are ordered by id for the bootstrap, as the
 *     script sorts its evaluation ids
 */
public record Evaluation(String id, List<String> peer, List<List<String>> references) {

  public Evaluation {
    peer = List.copyOf(peer);
    references = references.stream().map(List::copyOf).toList();
    if (references.isEmpty()) {
      throw new IllegalArgumentException("evaluation " + id + " has no reference summary");
    }
  }

  /** A unit from whole texts, split into sentences at line breaks. */
  public static Evaluation ofTexts(String id, String peerText, List<String> referenceTexts) {
    return new Evaluation(id, lines(peerText), referenceTexts.stream().map(Evaluation::lines).toList());
  }

  private static List<String> lines(String text) {
    return Arrays.asList(text.split("\n", -1));
  }
}
