package news.broadsheet.insight;

import news.broadsheet.comment.CommentStatus;

/** Comments counted by their status, as the aggregates keep them. */
final class StatusCounts {

  private int published;
  private int pending;
  private int rejected;

  void add(CommentStatus status) {
    switch (status) {
      case PUBLISHED -> published++;
      case PENDING -> pending++;
      case REJECTED -> rejected++;
    }
  }

  int published() {
    return published;
  }

  int pending() {
    return pending;
  }

  int rejected() {
    return rejected;
  }
}
