package org.newsfuse.briefing;

import java.util.List;
import org.newsfuse.model.EntityType;

/**
 * One real-world entity of the story, merged across spellings and outlets.
 *
 * @param name     canonical name
 * @param aliases  other spellings seen
 * @param role     short role from the text ("foreign ministry spokeswoman"), or null
 * @param outlets  the outlets that mention it
 * @param mentions every mention
 */
public record Entity(String name, EntityType type, List<String> aliases, String role,
                     List<String> outlets, List<SourceRef> mentions) {
  public Entity {
    aliases = List.copyOf(aliases);
    outlets = List.copyOf(outlets);
    mentions = List.copyOf(mentions);
  }
}
