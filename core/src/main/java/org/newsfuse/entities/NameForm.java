package org.newsfuse.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsfuse.model.EntityType;

/**
 * A name as written, cleaned for display (no title, no possessive), with the folded tokens names
 * are compared by. "Chancellor Angela Merkel's" has display "Angela Merkel", tokens [angela,
 * merkel] and title "Chancellor".
 *
 * @param display the cleaned name as written, diacritics kept
 * @param tokens  folded comparison tokens; Arabic articles (al-, el-) and dots dropped
 * @param titles  titles and honorifics stripped from the front, as written
 */
public record NameForm(String display, List<String> tokens, List<String> titles) {
  /** Titles and honorifics that may precede a person's name (folded, without dots). */
  static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "miss", "mx", "dr", "prof",
      "professor", "sir", "dame", "lord", "lady", "madam", "madame", "president", "vice", "prime",
      "minister", "chancellor", "ambassador", "secretary", "foreign", "interior", "general", "gen",
      "col", "colonel", "maj", "major", "capt", "captain", "lt", "lieutenant", "sgt", "sergeant",
      "admiral", "adm", "commander", "cmdr", "sheikh", "king", "queen", "prince", "princess",
      "emperor", "pope", "cardinal", "archbishop", "bishop", "rev", "reverend", "father", "imam",
      "rabbi", "ayatollah", "senator", "sen", "rep", "representative", "congressman",
      "congresswoman", "governor", "gov", "mayor", "judge", "justice", "officer", "spokesman",
      "spokeswoman", "envoy", "chief", "deputy", "mp", "premier", "st", "saint", "herr", "frau",
      "monsieur", "mme", "mlle", "señor", "senor", "sr", "sra", "jr");
  private static final Set<String> ARTICLE_PARTICLES = Set.of("al", "el");

  public NameForm {
    tokens = List.copyOf(tokens);
    titles = List.copyOf(titles);
  }

  public static NameForm parse(String text, EntityType type) {
    String s = text.strip().replaceAll("\\s+", " ");
    s = stripPossessive(s);
    List<String> words = new ArrayList<>(List.of(s.split(" ")));
    List<String> titles = new ArrayList<>();
    if (type == EntityType.PERSON) {
      int titleEnd = qualifiedTitleEnd(words);
      while (words.size() > 1 && (titleEnd > 0 || isTitleOrLowerCase(words.get(0)))) {
        titles.add(words.remove(0));
        titleEnd--;
      }
    } else if (words.size() > 1 && words.get(0).equalsIgnoreCase("the")) {
      words.remove(0);
    }
    String display = String.join(" ", words);
    return new NameForm(display, comparisonTokens(display, type != EntityType.PERSON), titles);
  }

  /** Number of name words, the measure of how complete a spelling is. */
  public int size() {
    return tokens.size();
  }

  public String key() {
    return String.join(" ", tokens);
  }

  public String last() {
    return tokens.isEmpty() ? "" : tokens.get(tokens.size() - 1);
  }

  /**
   * "U. N. Ambassador Samantha Power", "EU Commissioner Ann Berg": the number of leading words
   * that are initials or acronyms followed by a title, else 0.
   */
  private static int qualifiedTitleEnd(List<String> words) {
    int i = 0;
    while (i < words.size() - 2 && isInitialOrAcronym(words.get(i))) i++;
    if (i == 0 || !isTitle(words.get(i))) return 0;
    return i + 1;
  }

  private static boolean isInitialOrAcronym(String word) {
    String letters = word.replace(".", "");
    return !letters.isEmpty() && letters.length() <= 4
        && letters.chars().allMatch(Character::isUpperCase);
  }

  static boolean isTitle(String word) {
    return TITLES.contains(NameFolder.fold(word).replace(".", ""));
  }

  private static boolean isTitleOrLowerCase(String word) {
    return isTitle(word) || Character.isLowerCase(word.codePointAt(0));
  }

  private static String stripPossessive(String s) {
    if (s.endsWith("'s") || s.endsWith("’s")) return s.substring(0, s.length() - 2).strip();
    if (s.endsWith("s'") || s.endsWith("s’")) return s.substring(0, s.length() - 1).strip();
    return s;
  }

  /**
   * Folded words of a name. With {@code joinInitials}, single letters in a row join up so "U. S."
   * and "U.S." compare alike; a person's initials ("M. M. Altintas") stay apart.
   */
  static List<String> comparisonTokens(String display, boolean joinInitials) {
    List<String> out = new ArrayList<>();
    StringBuilder initials = new StringBuilder();
    for (String word : NameFolder.fold(display).split("[\\s\\-]+")) {
      String w = word.replace(".", "").replace("'", "");
      if (w.isEmpty() || ARTICLE_PARTICLES.contains(w)) continue;
      if (w.length() == 1 && joinInitials) {
        initials.append(w);
        continue;
      }
      if (initials.length() > 0) {
        out.add(initials.toString());
        initials.setLength(0);
      }
      out.add(w);
    }
    if (initials.length() > 0) out.add(initials.toString());
    return out;
  }
}
