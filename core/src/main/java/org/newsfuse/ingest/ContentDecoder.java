package org.newsfuse.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns bytes into text, choosing the encoding in this order: byte order mark (UTF-8, UTF-16LE/BE),
 * UTF-16 without a mark (recognised by its NUL pattern), the document's own declaration (HTML meta
 * charset, XML prolog), valid UTF-8, and finally Windows-1252, the usual encoding of old Western
 * files. Decoding is strict: bytes the chosen encoding cannot represent make the input fail with
 * the offset, instead of silently becoming U+FFFD.
 */
final class ContentDecoder {
  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private ContentDecoder() {
  }

  static String decode(byte[] bytes) throws IngestFailure {
    Optional<Charset> bom = byteOrderMark(bytes);
    if (bom.isPresent()) {
      Charset cs = bom.get();
      int skip = cs.equals(StandardCharsets.UTF_8) ? 3 : 2;
      return strict(bytes, skip, cs, cs.name() + " (as its byte order mark says)");
    }
    Optional<Charset> utf16 = utf16WithoutMark(bytes);
    if (utf16.isPresent()) {
      String text = strict(bytes, 0, utf16.get(), utf16.get().name());
      // binary data can have the same NUL pattern; decoded, it shows as control characters
      BinaryContentCheck.checkDecoded(text);
      return text;
    }
    BinaryContentCheck.check(bytes);
    Optional<DeclaredCharset.Declaration> declared = DeclaredCharset.find(bytes);
    if (declared.isPresent()) {
      DeclaredCharset.Declaration d = declared.get();
      Charset cs = charsetFor(d);
      return strict(bytes, 0, cs, d.name() + " (declared in its " + d.where() + ")");
    }
    try {
      return newDecoder(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException notUtf8) {
      return strict(bytes, 0, WINDOWS_1252, "UTF-8 or Windows-1252");
    }
  }

  private static Optional<Charset> byteOrderMark(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      return Optional.of(StandardCharsets.UTF_8);
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      return Optional.of(StandardCharsets.UTF_16LE);
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      return Optional.of(StandardCharsets.UTF_16BE);
    }
    return Optional.empty();
  }

  /**
   * Mostly-ASCII UTF-16 has a NUL in every other byte and nowhere else; binary data does not keep
   * to one parity. Needs a few characters to be sure.
   */
  private static Optional<Charset> utf16WithoutMark(byte[] b) {
    int n = Math.min(b.length, 4096) & ~1;
    if (n < 8) return Optional.empty();
    int evenNul = 0;
    int oddNul = 0;
    for (int i = 0; i < n; i++) {
      if (b[i] == 0) {
        if ((i & 1) == 0) evenNul++;
        else oddNul++;
      }
    }
    int pairs = n / 2;
    if (evenNul == 0 && oddNul > pairs * 0.4) return Optional.of(StandardCharsets.UTF_16LE);
    if (oddNul == 0 && evenNul > pairs * 0.4) return Optional.of(StandardCharsets.UTF_16BE);
    return Optional.empty();
  }

  /**
   * Follows the WHATWG encoding standard where it matters: pages labelled Latin-1 or ASCII are
   * really Windows-1252 (smart quotes in 0x80-0x9F), and a UTF-16 label without a byte order mark
   * means UTF-8.
   */
  private static Charset charsetFor(DeclaredCharset.Declaration d) throws IngestFailure {
    String label = d.name().toLowerCase(Locale.ROOT);
    switch (label) {
      case "iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii", "cp819", "ibm819":
        return WINDOWS_1252;
      case "utf-16", "utf-16le", "utf-16be", "utf16":
        return StandardCharsets.UTF_8;
      default:
        try {
          return Charset.forName(d.name());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
          throw new IngestFailure("unknown character encoding \"" + d.name() + "\" (declared in "
              + d.where() + ")");
        }
    }
  }

  private static String strict(byte[] bytes, int offset, Charset cs, String described) throws IngestFailure {
    CharsetDecoder decoder = newDecoder(cs);
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    CharBuffer out = CharBuffer.allocate((int) Math.ceil(bytes.length * (double) decoder.maxCharsPerByte()) + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) result = decoder.flush(out);
    if (result.isError()) {
      int at = in.position();
      String what = result.isMalformed() && at >= bytes.length ? "truncated character at the end"
          : String.format(Locale.ROOT, "byte 0x%02X at offset %d", bytes[Math.min(at, bytes.length - 1)] & 0xFF, at);
      throw new IngestFailure("undecodable text: " + what + " is not valid " + described);
    }
    out.flip();
    return out.toString();
  }

  private static CharsetDecoder newDecoder(Charset cs) {
    return cs.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }
}
