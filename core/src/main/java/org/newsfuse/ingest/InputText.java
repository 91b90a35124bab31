package org.newsfuse.ingest;

/**
 * One input decoded to characters.
 *
 * @param origin    as in {@link RawInput#origin()}
 * @param fileName  as in {@link RawInput#fileName()}
 * @param extension lower-case file extension without the dot, or ""
 * @param text      the decoded content (byte order mark removed, line endings not yet normalised)
 */
record InputText(String origin, String fileName, String extension, String text) {
}
