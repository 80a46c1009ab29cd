package news.broadsheet.moderation;

import java.time.Instant;
import news.broadsheet.comment.CommentDraft;

/** A comment being screened, with its words split once for every check that reads them. */
public final class Submission {

  private final CommentDraft draft;
  private final Instant at;
  private TokenizedText tokens;

  public Submission(CommentDraft draft, Instant at) {
    this.draft = draft;
    this.at = at;
  }

  public CommentDraft draft() {
    return draft;
  }

  /** When the comment is being posted. */
  public Instant at() {
    return at;
  }

  public String text() {
    return draft.text() == null ? "" : draft.text();
  }

  TokenizedText tokens() {
    if (tokens == null) {
      tokens = Tokenizer.tokenize(text());
    }
    return tokens;
  }
}
