package news.broadsheet.web.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.Map;
import news.broadsheet.article.Article;
import news.broadsheet.comment.Comment;
import news.broadsheet.web.api.ApiViews.ApiComment;
import news.broadsheet.web.page.Paths;
import news.broadsheet.web.reader.CommentView;
import news.broadsheet.web.reader.CommentViews;
import news.broadsheet.web.reader.Discussion;

/**
 * The data of one {@code comment} event of a live stream: the comment as the JSON API gives it,
 * plus {@code html}, the comment drawn by the server (escaped) with the story page's own template
 * ({@code tag/comment.jte}), for the page to insert. It is drawn once for every reader, so its
 * recommend form has no form token: the page fills in its reader's (see {@link Discussion#live}).
 */
final class CommentEvents {

  private final ObjectMapper mapper;
  private final TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);

  CommentEvents(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /** One line of JSON: an event's data must hold no line break. */
  String data(Comment comment, Article article) {
    ObjectNode event = mapper.valueToTree(ApiComment.of(comment, article.zone()));
    event.put("html", html(comment, article));
    try {
      return mapper.writeValueAsString(event);
    } catch (JsonProcessingException impossible) {
      throw new IllegalStateException("a comment event is plain JSON", impossible);
    }
  }

  private String html(Comment comment, Article article) {
    CommentView view = new CommentViews(Paths.story(article), article.id()).single(comment);
    StringOutput output = new StringOutput(1024);
    templates.render(
        "tag/comment.jte", Map.<String, Object>of("comment", view, "discussion", Discussion.live(), "csrf", ""), output);
    return output.toString().strip();
  }
}
