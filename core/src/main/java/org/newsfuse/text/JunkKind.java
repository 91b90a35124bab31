package org.newsfuse.text;

/** What a stretch of non-article text is. */
public enum JunkKind {
  /** An image file name, and the caption run into it ("...shooting1.jpgAmbassador ..."). */
  IMAGE_FILE,
  /** A URL slug standing alone on a line ("minister-arrives-at-the-gallery1"). */
  SLUG,
  /** A photo caption line. */
  CAPTION,
  /** An embedded social-media post: link, quoted post text, "— Name (@handle) date" byline. */
  SOCIAL_EMBED,
  /** A photo credit ("(AP Photo/Jane Roe)", "Getty Images"). */
  PHOTO_CREDIT,
  /** "WARNING: graphic content" and similar. */
  CONTENT_WARNING,
  /** Share/subscribe/read-more boilerplate and "Advertisement". */
  BOILERPLATE,
  /** A live-blog time stamp ("Update, 11:40 EST:"); kept as a {@link Stamp}. */
  LIVE_STAMP,
  /** The headline repeated as the body's first line, or a Markdown heading line. */
  HEADLINE,
  /** A "By Jane Roe" byline line opening the text. */
  BYLINE,
  /** A dateline or agency byline opening the text ("ANKARA, Dec 19 (Reuters) -", "(CNN)"). */
  DATELINE
}
