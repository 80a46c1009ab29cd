package news.broadsheet.moderation;

import java.util.List;

/**
 * A text split into words.
 *
 * @param words the words in order; "i.d.i.o.t" gives five one-letter words here
 * @param joined words pieced together from an evasion: "i.d.i.o.t", "i d i o t" and "id-iot" each
 *     give "idiot"; matched against single-word entries only
 */
record TokenizedText(List<Token> words, List<Token> joined) {

  TokenizedText {
    words = List.copyOf(words);
    joined = List.copyOf(joined);
  }
}
