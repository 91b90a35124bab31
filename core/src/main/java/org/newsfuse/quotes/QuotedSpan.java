package org.newsfuse.quotes;

/**
 * Text between quotation marks: [open, close) with the marks, [contentBegin, contentEnd) without.
 * A quote carried over paragraphs (newspaper style) is one span; {@code text} then has the
 * continuation marks removed.
 */
record QuotedSpan(int open, int contentBegin, int contentEnd, int close, String text) {
}
