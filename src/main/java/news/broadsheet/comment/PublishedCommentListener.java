package news.broadsheet.comment;

/** Hears of every comment that becomes visible to readers, once it is durably stored. */
@FunctionalInterface
public interface PublishedCommentListener {
  void published(Comment comment);
}
