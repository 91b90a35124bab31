package org.newsfuse.eval.rouge;

/**
 * Perl's {@code srand}/{@code rand}: the 48-bit linear congruential generator drand48 seeded as
 * FreeBSD's (and Perl's own, since 5.20) {@code srand48}. ROUGE reseeds it with the sample number for
 * every bootstrap sample, so with this generator our intervals are the script's, draw for draw.
 */
final class PerlDrand48 {
  private static final long MASK_48 = (1L << 48) - 1;
  private static final long MULTIPLIER = 0x5DEECE66DL;
  private static final long INCREMENT = 0xBL;
  private static final long SEED_LOW_BITS = 0x330EL;

  private long state;

  PerlDrand48(long seed) {
    state = (((seed & 0xFFFFFFFFL) << 16) + SEED_LOW_BITS) & MASK_48;
  }

  double next() {
    state = (state * MULTIPLIER + INCREMENT) & MASK_48;
    return Math.scalb((double) state, -48);
  }

  /** {@code int(rand(n))}. */
  int nextIndex(int n) {
    return (int) (n * next());
  }
}
