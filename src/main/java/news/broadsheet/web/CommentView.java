package news.broadsheet.web;

import java.util.List;
import news.broadsheet.comment.Comment;
import news.broadsheet.comment.CommentTimeFormat;

/** A comment as the story page shows it: its time in the newsroom's zone, newspaper style. */
public record CommentView(long id, String name, String time, String isoTime, List<String> paragraphs) {

  static CommentView of(Comment comment) {
    return new CommentView(
        comment.id(),
        comment.name(),
        CommentTimeFormat.format(comment.postedLocal()),
        comment.postedAt().toString(),
        List.of(comment.text().split("\\R\\s*\\R")));
  }
}
