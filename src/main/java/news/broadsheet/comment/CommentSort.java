package news.broadsheet.comment;

import java.util.Locale;
import java.util.Optional;

/** The orders a reader can pick for a story's comments. */
public enum CommentSort {
  /** As the newspaper shows them. */
  OLDEST("posted_at ASC, id ASC"),
  NEWEST("posted_at DESC, id DESC"),
  RECOMMENDED("recommendations DESC, posted_at ASC, id ASC");

  final String orderBy;

  CommentSort(String orderBy) {
    this.orderBy = orderBy;
  }

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The sort a query parameter names; empty for anything else. */
  public static Optional<CommentSort> fromCode(String code) {
    for (CommentSort sort : values()) {
      if (sort.code().equals(code)) {
        return Optional.of(sort);
      }
    }
    return Optional.empty();
  }
}
