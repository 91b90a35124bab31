package org.newsfuse.text;

import java.time.LocalTime;

/**
 * A live-blog time stamp such as "Update, 11:40 EST:" or "11.40am:". Its characters are junk for
 * sentences, but the time it gives dates the updates that follow it.
 *
 * @param begin start offset in the text
 * @param end   end offset in the text (exclusive)
 * @param text  the stamp as written
 * @param time  the wall-clock time it names
 * @param zone  the time zone abbreviation written with it ("EST", "GMT"), or null
 */
public record Stamp(int begin, int end, String text, LocalTime time, String zone) {
}
