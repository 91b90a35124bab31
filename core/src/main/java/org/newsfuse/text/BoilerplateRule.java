package org.newsfuse.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Page furniture: share/subscribe prompts, "Read more:", "Click here", "Follow us on",
 * "Advertisement", publisher notes ("This is a developing story.") and wire credits. A short line
 * that opens with such a phrase goes whole; inside a paragraph the phrase goes up to the end of
 * its sentence.
 */
final class BoilerplateRule implements JunkRule {
  private static final String PHRASES = "(?:share this(?: article| story| page| with)?|share on "
      + "(?:facebook|twitter|whatsapp|linkedin)|sign up (?:to|for)|subscribe (?:to|now|for)"
      + "|read more|click here|follow (?:us|our live coverage)(?: on)?|advertisement|continue reading(?: the main "
      + "story)?|story continues below|related(?: articles| stories| coverage)?:|most read"
      + "|more on this story|you may also like|recommended for you|copy (?:this )?link"
      + "|email this|newsletter sign-?up|download (?:our|the) app|listen to this article"
      + "|skip advertisement)";
  /** Phrases that cannot open a real sentence, so they are safe to find inside paragraphs. */
  private static final String INLINE_PHRASES = "(?:share this (?:article|story|page)|click here"
      + "|follow us on|read more:|sign up (?:to|for) (?:our|the) (?:\\w+ )?newsletter"
      + "|subscribe to our (?:\\w+ )?newsletter|continue reading the main story"
      + "|story continues below(?: advertisement)?|skip advertisement)";
  /** Markdown emphasis, heading or quote marks a line may start with. */
  private static final String MARKUP = "[*_#>\\s]*";
  private static final Pattern LINE_START = Pattern.compile("(?i)" + MARKUP + PHRASES + "\\b");
  /**
   * Publisher notes that are whole sentences: "This is a developing story.", "We are pausing our
   * live coverage here.", "Translated from the original report by the English desk."
   */
  private static final Pattern NOTE_SENTENCE = Pattern.compile(
      "(?i)(?<=^|[.!?\"”’]\\s{1,3})[*_]*[^.!?\\n]{0,120}?(?:live coverage|developing story"
          + "|update this (?:story|article|page)|more information becomes available"
          + "|thank you for following|bring you more|translated from the original"
          + "|this (?:page|blog) (?:is|will be) updated|refresh (?:this page|for updates))"
          + "[^.!?\\n]{0,120}(?:[.!?][*_]*|(?=\\n)|$)", Pattern.MULTILINE);
  /** Wire-copy credits: "(Reporting by Jane Roe; Editing by John Doe)". */
  private static final Pattern WIRE_CREDIT = Pattern.compile(
      "\\((?:Additional )?(?:Reporting|Writing|Editing|Compiled|Translated)\\s+by[^()\\n]{1,200}\\)");
  private static final Pattern INLINE = Pattern.compile(
      "(?i)(?<=^|[.!?\"”’]\\s{1,3})" + INLINE_PHRASES + "[^.!?\\n]{0,160}"
          + "(?:[.!?]|(?=\\n)|$)", Pattern.MULTILINE);
  private static final Pattern ADVERT = Pattern.compile(
      "(?<=^|[.!?\"”’]\\s{1,3})(?:Advertisement|ADVERTISEMENT)(?=\\s|$)", Pattern.MULTILINE);
  private static final int SHORT_LINE_WORDS = 25;

  @Override
  public List<Junk> find(String text) {
    List<Junk> out = new ArrayList<>();
    for (TextLine line : TextLine.split(text)) {
      if (!line.isBlank() && line.wordCount() <= SHORT_LINE_WORDS
          && LINE_START.matcher(line.content()).lookingAt()) {
        out.add(line.asJunk(JunkKind.BOILERPLATE));
      }
    }
    for (Pattern p : new Pattern[] {ADVERT, INLINE, NOTE_SENTENCE, WIRE_CREDIT}) {
      Matcher m = p.matcher(text);
      while (m.find()) out.add(new Junk(m.start(), m.end(), JunkKind.BOILERPLATE));
    }
    return out;
  }
}
