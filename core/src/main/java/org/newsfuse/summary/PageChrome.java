package org.newsfuse.summary;

import java.util.regex.Pattern;

/**
 * Sentences of web-page furniture that survive text cleaning inside article bodies: web-archive
 * capture notices (a failed scrape returns the archive's "these crawls are part of an effort to
 * archive pages..." page), embedded-tweet and video-player prompts, newsletter sign-ups, photo
 * caption toggles. They are never news, so a summary must not use them, however typical of the
 * page they are.
 */
final class PageChrome {

  private static final Pattern CHROME = Pattern.compile("(?i)"
      + "wayback machine|internet archive|crawl data|webcrawl|web crawls?\\b|these crawls"
      + "|this crawl|crawls of|crawler|seed ?list|warc files|archive-it|no more 404"
      + "|location information to your tweets|tweet location history|tweet with a location"
      + "|breaking news (?:emails|alerts)|delivered weekday mornings|news and stories that matter"
      + "|please try again later|this feature is not available|when the video has been rented"
      + "|interactive transcript|enlarge this image|toggle caption|hide caption|image caption"
      + "|media playback is|your browser|enable javascript|javascript is disabled|cookies? polic"
      + "|next to all of your comments|all rights reserved|this material may not be published"
      + "|sign up for our|subscribe to our|click here|follow us on|getty images|photo credit"
      + "|^file\\s*[-\u2013\u2014]+\\s*in this|file photo|_taboola|reset video"
      + "|article continues below|copyright \\d{4}|comments section|editor's note"
      + "|as an interest to stay up to date|on facebook$|image \\d+ of|caption close"
      + "|sign up to\\.?$|will be hidden or removed|\\(\\s*associated press\\s*\\)"
      + "|photo provided by|in this (?:photo|image|photograph)|location on/off|help and feedback"
      + "|directly to your inbox|thank you for subscribing|privacy notice|invalid email"
      + "|licensing reprints|domain mapping|verification email|spam or junk folder");

  private PageChrome() {
  }

  static boolean isChrome(String sentence) {
    return CHROME.matcher(sentence).find();
  }
}
