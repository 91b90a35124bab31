package org.newsfuse.dedup;

import com.dynatrace.hash4j.hashing.Hasher64;
import com.dynatrace.hash4j.hashing.Hashing;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hashed word shingles (runs of {@code k} consecutive words) of a text. Words are lower-cased,
 * accent-folded and stripped of punctuation, so typographic edits ("don't" / "don’t", a changed
 * quote mark, an added comma) do not change the shingles of otherwise identical copy.
 */
public final class WordShingles {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)?");
  private static final Hasher64 HASHER = Hashing.komihash5_0(0x6e657773L);

  private WordShingles() {
  }

  /** The normalised words of {@code text}, in order. */
  public static List<String> words(String text) {
    String folded = Normalizer.normalize(text, Normalizer.Form.NFD)
        .replaceAll("\\p{M}+", "")
        .toLowerCase(Locale.ROOT);
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(folded);
    while (m.find()) {
      words.add(m.group().replace('’', '\''));
    }
    return words;
  }

  /**
   * Distinct hashes of the {@code k}-word shingles of {@code words}, sorted ascending. A text
   * shorter than {@code k} words gets one shingle of all its words.
   */
  public static long[] hashes(List<String> words, int k) {
    if (words.isEmpty()) return new long[0];
    int n = Math.max(1, words.size() - k + 1);
    long[] out = new long[n];
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.setLength(0);
      for (int j = i; j < Math.min(words.size(), i + k); j++) {
        sb.append(words.get(j)).append(' ');
      }
      out[i] = HASHER.hashCharsToLong(sb);
    }
    return java.util.Arrays.stream(out).sorted().distinct().toArray();
  }

  /** Size of the intersection of two sorted distinct arrays. */
  static int intersectionSize(long[] a, long[] b) {
    int i = 0;
    int j = 0;
    int n = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        n++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return n;
  }
}
