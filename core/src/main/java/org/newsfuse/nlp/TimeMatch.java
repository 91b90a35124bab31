package org.newsfuse.nlp;

/**
 * A date or time SUTime found.
 *
 * @param begin offset of the first character
 * @param end   offset past the last character
 * @param text  as written
 * @param value the TIMEX3 value ("2016-12-19", "2016-12-19T07:10", "XXXX-WXX-1")
 * @param type  the TIMEX3 type: DATE or TIME
 */
public record TimeMatch(int begin, int end, String text, String value, String type) {
}
