package org.newsfuse.quotes;

import java.util.List;
import java.util.Set;

/**
 * Common nouns that describe a person ("the gunman", "a witness"), and words that name the same
 * role, so that "the assassin" can find the entity the text calls "the attacker".
 */
final class PersonNouns {
  private static final Set<String> NOUNS = Set.of("man", "woman", "boy", "girl", "person",
      "gunman", "attacker", "assassin", "shooter", "killer", "assailant", "perpetrator",
      "suspect", "witness", "official", "spokesman", "spokeswoman", "spokesperson", "minister",
      "ambassador", "envoy", "diplomat", "officer", "policeman", "president", "mayor",
      "reporter", "journalist", "correspondent", "cameraman", "photographer", "source",
      "leader", "chief", "head", "director", "victim", "survivor", "resident", "mother",
      "father", "son", "daughter", "wife", "husband", "brother", "sister", "doctor", "nurse",
      "captain", "commander", "general", "chancellor", "secretary", "governor", "senator",
      "judge", "lawyer", "prosecutor", "cleric", "priest", "imam", "student", "teacher",
      "owner", "driver", "pilot", "soldier", "guard", "worker", "neighbour", "neighbor",
      "friend", "onlooker", "bystander", "protester", "activist", "analyst", "expert",
      "premier", "king", "queen", "prince", "princess", "pope", "master");
  private static final List<Set<String>> SAME_ROLE = List.of(
      Set.of("gunman", "attacker", "assassin", "shooter", "killer", "assailant", "perpetrator"),
      Set.of("spokesman", "spokeswoman", "spokesperson"),
      Set.of("ambassador", "envoy"),
      Set.of("officer", "policeman", "policewoman"));

  private PersonNouns() {
  }

  static boolean isPersonNoun(String folded, Set<String> extraRoleHeads) {
    return NOUNS.contains(folded) || extraRoleHeads.contains(folded);
  }

  /** True when a description's head word and a role head name the same role. */
  static boolean sameRole(String descriptionHead, String roleHead) {
    if (descriptionHead.equals(roleHead)) return true;
    for (Set<String> group : SAME_ROLE) {
      if (group.contains(descriptionHead) && group.contains(roleHead)) return true;
    }
    return false;
  }
}
