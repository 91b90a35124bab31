package org.newsfuse.entities;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds a name to the form spellings are compared in: no diacritics, lower case, plain letters.
 * "Recep Tayyip Erdoğan" and "Recep Tayyip Erdogan" fold to the same string.
 */
public final class NameFolder {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private NameFolder() {
  }

  /** Lower-case fold of {@code s}; keeps spaces, hyphens and apostrophes as they are. */
  public static String fold(String s) {
    String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD);
    String stripped = MARKS.matcher(decomposed).replaceAll("");
    return foldLettersWithoutDecomposition(stripped).toLowerCase(Locale.ROOT);
  }

  /** True when {@code s} carries letters that {@link #fold} changes (diacritics, ł, ß...). */
  public static boolean hasDiacritics(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c > 0x7f && Character.isLetter(c)) return true;
    }
    return false;
  }

  // NFD splits "ğ" into "g" + breve, but letters such as ı, ł, ø, ß have no decomposition:
  // Unicode treats them as letters of their own, so they are mapped here by hand.
  private static String foldLettersWithoutDecomposition(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case 'ı' -> b.append('i');
        case 'ł' -> b.append('l');
        case 'Ł' -> b.append('L');
        case 'ø' -> b.append('o');
        case 'Ø' -> b.append('O');
        case 'ß' -> b.append("ss");
        case 'æ' -> b.append("ae");
        case 'Æ' -> b.append("Ae");
        case 'œ' -> b.append("oe");
        case 'Œ' -> b.append("Oe");
        case 'đ', 'ð' -> b.append('d');
        case 'Đ', 'Ð' -> b.append('D');
        case 'þ' -> b.append("th");
        case 'Þ' -> b.append("Th");
        case 'ħ' -> b.append('h');
        case '’', '‘', 'ʼ', '`' -> b.append('\'');
        case '‐', '‑', '–' -> b.append('-');
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
