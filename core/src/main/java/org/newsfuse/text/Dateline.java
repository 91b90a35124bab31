package org.newsfuse.text;

/**
 * The dateline or agency byline an article opens with: "ANKARA, Dec 19 (Reuters) -", "(CNN)",
 * "Ankara:". It is junk for sentences, but the place and date help date the article.
 *
 * @param begin    start offset in the text
 * @param end      end offset in the text (exclusive)
 * @param text     as written
 * @param place    the place named ("ANKARA"), or null
 * @param date     the date as written ("Dec 19"), or null
 * @param agency   the agency or outlet named ("Reuters", "CNN"), or null
 */
public record Dateline(int begin, int end, String text, String place, String date, String agency) {
}
