package news.broadsheet.search;

/**
 * A word of a text as search sees it.
 *
 * @param start where the word starts in the text, as a char offset
 * @param end where it ends (exclusive)
 * @param form the word folded: lower case, no accents or diacritics, one letter for each family
 *     of Urdu variants ("Relations" → "relations", "نھیں" → "نہیں")
 * @param term what the word is indexed and found by: the English stem of a Latin word
 *     ("relations" → "relat"), else its form
 * @param variant the key the word's other spellings share ("nahin", "nahi" and "nhi" → "ne"), or
 *     null for a word with none (numbers, single letters)
 */
record Word(int start, int end, String form, String term, String variant) {}
