package org.newsfuse.model;

/**
 * One token. {@code begin}/{@code end} are offsets into {@code Article.text}.
 *
 * @param word  the token as written
 * @param lemma its lemma (lower case), or the lower-cased word when no lemmatizer ran
 * @param pos   Penn Treebank tag, or "" when no tagger ran
 * @param ner   CoreNLP NER tag (PERSON, ORGANIZATION, LOCATION, CITY, DATE, NUMBER...), or "O"
 */
public record Token(int begin, int end, String word, String lemma, String pos, String ner) {
}
