package news.broadsheet.comment;

/** Hears of every recommendation that changed a comment's count, once it is durably stored. */
@FunctionalInterface
public interface RecommendationListener {
  void recommended(Comment comment);
}
