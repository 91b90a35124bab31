package org.newsfuse.text;

/** Characters [begin, end) of a text that are not article prose. */
public record Junk(int begin, int end, JunkKind kind) implements Comparable<Junk> {
  public Junk {
    if (begin < 0 || end < begin) throw new IllegalArgumentException("bad junk range");
  }

  @Override
  public int compareTo(Junk o) {
    int c = Integer.compare(begin, o.begin);
    if (c != 0) return c;
    c = Integer.compare(o.end, end);
    return c != 0 ? c : kind.compareTo(o.kind);
  }
}
