package org.newsfuse.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsfuse.briefing.Entity;
import org.newsfuse.entities.Gender;
import org.newsfuse.entities.LocatedEntity;
import org.newsfuse.entities.NameFolder;
import org.newsfuse.model.EntityType;
import org.newsfuse.model.Token;

/**
 * Resolves a pronoun ("he") or a description ("the spokeswoman") to the entity it refers to in
 * its document, or to nothing when the text does not make that safe.
 *
 * <p>A pronoun takes the nearest preceding referent outside quotes: a person mention of a
 * compatible gender, or a description. When the nearest referent is a description no entity
 * answers to ("the man"), the pronoun stays unresolved rather than jumping to an older name. A
 * definite description resolves to the one person of the document whose role has that head word
 * (or a word for the same role); indefinite ones ("a witness") introduce someone new and never
 * resolve.
 */
final class AntecedentResolver {
  private static final int MAX_TOKENS_BACK = 150;
  private static final int MAX_SENTENCES_BACK = 3;

  private final QuoteContext ctx;

  AntecedentResolver(QuoteContext ctx) {
    this.ctx = ctx;
  }

  Entity pronoun(int k) {
    Gender wanted = Gender.ofPronoun(ctx.tokens.get(k).word());
    if (wanted == Gender.UNKNOWN) return null;
    int sentence = ctx.tokens.sentence(k);
    Entity found = null;
    int foundSentence = -1;
    for (int j = k - 1; j >= 0 && k - j <= MAX_TOKENS_BACK; j--) {
      int s = ctx.tokens.sentence(j);
      if (sentence - s > MAX_SENTENCES_BACK) break;
      if (found != null && s != foundSentence) break;
      Token t = ctx.tokens.get(j);
      if (ctx.insideQuote(t.begin())) continue;
      Referent r = referentAt(j, wanted);
      if (r == null) continue;
      j = r.firstToken;
      // A second possible referent in the same sentence makes the pronoun ambiguous.
      if (found != null && r.entity != found) return null;
      if (r.entity == null) return null;
      found = r.entity;
      foundSentence = s;
    }
    return found;
  }

  private record Referent(Entity entity, int firstToken) {
  }

  /** The person token {@code j} ends a mention or description of, gender permitting. */
  private Referent referentAt(int j, Gender wanted) {
    LocatedEntity m = ctx.mentionCovering(j);
    if (m != null) {
      if (m.entity().type() != EntityType.PERSON) return null;
      Gender g = ctx.index.gender(m.entity());
      if (g != wanted && g != Gender.UNKNOWN) return null;
      return new Referent(m.entity(), ctx.tokens.firstBeginningAtOrAfter(m.span().begin()));
    }
    if (!isDescriptionHead(j)) return null;
    Entity e = appositiveOf(j);
    if (e == null) e = description(j);
    if (e != null && e.type() != EntityType.PERSON) e = null;
    if (e != null) {
      Gender g = ctx.index.gender(e);
      if (g != wanted && g != Gender.UNKNOWN) return null;
    } else if (genderOfNoun(ctx.tokens.get(j).word()) != Gender.UNKNOWN
        && genderOfNoun(ctx.tokens.get(j).word()) != wanted) {
      return null;
    }
    return new Referent(e, j);
  }

  private static Gender genderOfNoun(String noun) {
    String n = fold(noun);
    if (n.endsWith("woman") || n.equals("mother") || n.equals("wife") || n.equals("girl")
        || n.equals("daughter") || n.equals("sister")) {
      return Gender.FEMALE;
    }
    if (n.endsWith("man") || n.equals("father") || n.equals("husband") || n.equals("boy")
        || n.equals("son") || n.equals("brother")) {
      return Gender.MALE;
    }
    return Gender.UNKNOWN;
  }

  /** "Marit Solberg, a spokeswoman for the service": the person a description stands beside. */
  private Entity appositiveOf(int head) {
    // "The city's engineer, Jana Novak, said": the name right after the description.
    if (head + 2 < ctx.tokens.size() && ctx.tokens.get(head + 1).word().equals(",")) {
      LocatedEntity after = ctx.mentionCovering(head + 2);
      if (after != null && after.entity().type() == EntityType.PERSON) return after.entity();
    }
    for (int c = head - 1; c >= 1 && head - c <= 6; c--) {
      if (!ctx.tokens.get(c).word().equals(",")) continue;
      LocatedEntity m = ctx.mentionCovering(c - 1);
      return m != null && m.entity().type() == EntityType.PERSON ? m.entity() : null;
    }
    return null;
  }

  /** True when token {@code j} is the head noun of a person description ("the gunman"). */
  boolean isDescriptionHead(int j) {
    Token t = ctx.tokens.get(j);
    if (!(t.pos().equals("NN") || t.pos().equals("NNS"))) return false;
    if (!Character.isLowerCase(t.word().charAt(0))) return false;
    if (j + 1 < ctx.tokens.size()) {
      String next = ctx.tokens.get(j + 1).pos();
      if (next.equals("NN") || next.equals("NNS") || next.equals("NNP")) return false;
    }
    return PersonNouns.isPersonNoun(fold(t.word()), allRoleHeads());
  }

  /** The entity a definite description with head noun at {@code head} refers to, or null. */
  Entity description(int head) {
    int d = head - 1;
    while (d >= 0 && head - d <= 5 && isModifier(ctx.tokens.get(d))) d--;
    if (d < 0) return null;
    String det = ctx.tokens.get(d).word().toLowerCase(Locale.ROOT);
    if (!det.equals("the") && !det.equals("this") && !det.equals("that")) return null;
    String headWord = fold(ctx.tokens.get(head).word());
    if (headWord.endsWith("s") && ctx.tokens.get(head).pos().equals("NNS")) return null;
    List<Entity> matches = new ArrayList<>();
    for (LocatedEntity m : ctx.mentions) {
      Entity e = m.entity();
      if (matches.contains(e)) continue;
      if (e.type() == EntityType.ORGANIZATION && lastWord(e.name()).equals(headWord)) {
        // "the board" for the National Maritime Safety Board named earlier in the document
        matches.add(e);
        continue;
      }
      if (e.type() != EntityType.PERSON) continue;
      for (String roleHead : ctx.index.roleHeads(e)) {
        if (PersonNouns.sameRole(headWord, roleHead)) {
          matches.add(e);
          break;
        }
      }
    }
    return matches.size() == 1 ? matches.get(0) : null;
  }

  private java.util.Set<String> allRoleHeads() {
    java.util.Set<String> heads = new java.util.HashSet<>();
    for (LocatedEntity m : ctx.mentions) heads.addAll(ctx.index.roleHeads(m.entity()));
    return heads;
  }

  private static boolean isModifier(Token t) {
    String p = t.pos();
    return p.equals("JJ") || p.equals("NN") || p.equals("NNP") || p.equals("HYPH")
        || p.equals("VBN") || p.equals("CD");
  }

  private static String lastWord(String name) {
    String[] words = fold(name).split("[\\s-]+");
    return words[words.length - 1];
  }

  private static String fold(String w) {
    return NameFolder.fold(w);
  }
}
