package org.newsfuse.ingest;

/**
 * Refuses content that is not text: images, archives, office files, executables. Text never holds
 * NUL bytes (UTF-16 is recognised before this check runs) and rarely more than a few control
 * characters, so either sign is enough.
 */
final class BinaryContentCheck {
  /** How much of the start is sampled for control characters; NUL bytes are searched everywhere. */
  static final int SAMPLE_BYTES = 8192;
  /** Share of control characters in the sample above which content counts as binary. */
  static final double MAX_CONTROL_SHARE = 0.10;

  private BinaryContentCheck() {
  }

  static void check(byte[] bytes) throws IngestFailure {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        throw new IngestFailure("binary file (NUL byte at offset " + i + ")");
      }
    }
    int sample = Math.min(bytes.length, SAMPLE_BYTES);
    int control = 0;
    for (int i = 0; i < sample; i++) {
      if (isControl(bytes[i] & 0xFF)) control++;
    }
    if (sample > 0 && control > sample * MAX_CONTROL_SHARE) {
      long percent = Math.round(100.0 * control / sample);
      throw new IngestFailure("binary file (" + percent + "% control characters in the first "
          + sample + " bytes)");
    }
  }

  /** The same control-character test on already decoded text (UTF-16 without a byte order mark). */
  static void checkDecoded(String text) throws IngestFailure {
    int sample = Math.min(text.length(), SAMPLE_BYTES);
    int control = 0;
    for (int i = 0; i < sample; i++) {
      if (isControl(text.charAt(i)) || text.charAt(i) == 0) control++;
    }
    if (sample > 0 && control > sample * MAX_CONTROL_SHARE) {
      long percent = Math.round(100.0 * control / sample);
      throw new IngestFailure("binary file (" + percent + "% control characters in the first "
          + sample + " characters)");
    }
  }

  private static boolean isControl(int b) {
    return (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B) || b == 0x7F;
  }
}
