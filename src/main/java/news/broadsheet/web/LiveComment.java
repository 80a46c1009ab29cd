package news.broadsheet.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import news.broadsheet.comment.Comment;
import news.broadsheet.comment.CommentText;
import news.broadsheet.comment.CommentTimeFormat;

/** A comment as a live update draws it into an open story page (template live/comment.jte). */
public record LiveComment(long id, String name, String time, String isoTime, List<String> paragraphs) {

  static LiveComment of(Comment comment, ZoneId zone) {
    return new LiveComment(
        comment.id(),
        comment.name(),
        CommentTimeFormat.format(comment.postedLocal()),
        DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(comment.postedAt().atZone(zone)),
        CommentText.paragraphs(comment.text(), comment.origin()));
  }
}
