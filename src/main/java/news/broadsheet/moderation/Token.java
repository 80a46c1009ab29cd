package news.broadsheet.moderation;

/**
 * One word of a text as the checks see it.
 *
 * @param text the folded word with look-alike digits and symbols read as letters ("1d10t" → "idiot")
 * @param shown the word as written (folded), for reasons a moderator reads
 */
record Token(String text, String shown) {}
