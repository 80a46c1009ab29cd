package news.broadsheet.desk;

import java.util.Objects;

/** A run of words in a comparison: kept in both versions, or only in the older or the newer one. */
public record DiffPiece(Kind kind, String text) {

  public enum Kind {
    SAME,
    REMOVED,
    ADDED
  }

  public DiffPiece {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
  }
}
