package news.broadsheet.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.time.ZoneId;
import java.util.Map;
import news.broadsheet.comment.Comment;
import news.broadsheet.web.ApiViews.ApiComment;

/**
 * The data of one {@code comment} event of a live stream: the comment as the JSON API gives it,
 * plus {@code html}, the comment drawn by the server (escaped) for the page to insert as is.
 */
final class CommentEvents {

  private final ObjectMapper mapper;
  private final TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);

  CommentEvents(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /** One line of JSON: an event's data must hold no line break. */
  String data(Comment comment, ZoneId zone) {
    ObjectNode event = mapper.valueToTree(ApiComment.of(comment, zone));
    event.put("html", html(comment, zone));
    try {
      return mapper.writeValueAsString(event);
    } catch (JsonProcessingException impossible) {
      throw new IllegalStateException("a comment event is plain JSON", impossible);
    }
  }

  private String html(Comment comment, ZoneId zone) {
    StringOutput output = new StringOutput(1024);
    templates.render("live/comment.jte", Map.<String, Object>of("comment", LiveComment.of(comment, zone)), output);
    return output.toString().strip();
  }
}
