package org.newsfuse.analyze;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsfuse.model.EntityMention;
import org.newsfuse.model.EntityType;
import org.newsfuse.model.Sentence;
import org.newsfuse.model.Span;

/**
 * Named-entity mentions from CoreNLP's entity mentions (consecutive tokens of one NER class,
 * already merged), as people, organisations and places; a mention running across a lower-case
 * word that is no part of a name is cut there ({@link NameSplitter}), and the kind is corrected
 * from the name's head word and the phrase around it ({@link MentionTypes}). MISC (nationalities, events) is left to
 * the tokens' NER tags.
 */
final class MentionCollector {
  private static final Map<String, EntityType> TYPES = Map.of(
      "PERSON", EntityType.PERSON,
      "ORGANIZATION", EntityType.ORGANIZATION,
      "LOCATION", EntityType.LOCATION,
      "CITY", EntityType.LOCATION,
      "COUNTRY", EntityType.LOCATION,
      "STATE_OR_PROVINCE", EntityType.LOCATION);

  private static final Set<String> PLACE_HEADS = Set.of("Port", "Fort", "Mount", "Lake", "Cape",
      "Saint", "St.", "San", "Santa", "Porto", "Puerto", "Glen", "Isle", "Bay");

  private MentionCollector() {
  }

  static void collect(String articleId, String text, CoreMap sentence, List<Sentence> sentences,
      List<EntityMention> out) {
    List<CoreMap> mentions = sentence.get(CoreAnnotations.MentionsAnnotation.class);
    List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
    Integer sentenceFirst = sentence.get(CoreAnnotations.TokenBeginAnnotation.class);
    if (mentions == null || tokens == null || sentenceFirst == null) return;
    for (CoreMap m : mentions) {
      EntityType nerType = TYPES.get(m.get(CoreAnnotations.NamedEntityTagAnnotation.class));
      if (nerType == null || isPronoun(m)) continue;
      Integer first = m.get(CoreAnnotations.TokenBeginAnnotation.class);
      Integer last = m.get(CoreAnnotations.TokenEndAnnotation.class);
      if (first == null || last == null) continue;
      int from = first - sentenceFirst;
      int to = last - sentenceFirst;
      if (from < 0 || to > tokens.size() || from >= to) continue;
      for (int[] run : NameSplitter.split(tokens, from, to)) {
        if (MentionTypes.isRoleWord(nerType, tokens, run[0], run[1])
            || MentionTypes.isCommonNounUse(tokens, run[0], run[1])) {
          continue;
        }
        EntityType type = MentionTypes.of(nerType, tokens, run[0], run[1]);
        int begin = tokens.get(run[0]).beginPosition();
        CoreLabel prefix = run[0] == from ? placePrefix(tokens, from) : null;
        if (prefix != null) {
          begin = prefix.beginPosition();
          type = EntityType.LOCATION;
        }
        int end = tokens.get(run[1] - 1).endPosition();
        int index = SentenceAssembler.indexAt(sentences, begin);
        if (index < 0) continue;
        String shown = text.substring(begin, end).replaceAll("\\s+", " ");
        out.add(new EntityMention(new Span(articleId, begin, end), shown, type, index));
      }
    }
  }

  /**
   * The CRF model often tags only "Halden" in "Port Halden" (and as a person): a capitalised
   * place-name head word right before a mention makes it a place, and part of the name.
   */
  private static CoreLabel placePrefix(List<CoreLabel> tokens, int first) {
    int i = first - 1;
    if (i < 0 || i >= tokens.size()) return null;
    CoreLabel t = tokens.get(i);
    return PLACE_HEADS.contains(t.word()) && "O".equals(t.ner()) ? t : null;
  }

  private static boolean isPronoun(CoreMap mention) {
    List<CoreLabel> tokens = mention.get(CoreAnnotations.TokensAnnotation.class);
    if (tokens == null || tokens.size() != 1) return false;
    String tag = tokens.get(0).tag();
    return tag != null && tag.startsWith("PRP");
  }
}
