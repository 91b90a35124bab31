package org.newsfuse.align;

import java.util.List;

/**
 * Sentences of a story that say the same thing: copies of the same wire sentence, near-identical
 * edits of it and close paraphrases. Every sentence of a story is in exactly one group; most
 * groups have one member.
 *
 * @param representative the member that best stands for the group (the most typical one)
 * @param members        every member, sorted by document then sentence index; includes the
 *                       representative
 */
public record SentenceGroup(SentenceRef representative, List<SentenceRef> members) {
  public SentenceGroup {
    members = List.copyOf(members);
    if (!members.contains(representative)) {
      throw new IllegalArgumentException("representative " + representative + " not a member");
    }
  }

  public int size() {
    return members.size();
  }

  /** How many distinct documents carry this sentence. */
  public int documentCount() {
    return (int) members.stream().mapToInt(SentenceRef::document).distinct().count();
  }

  public boolean contains(SentenceRef ref) {
    return members.contains(ref);
  }
}
