package news.broadsheet.web.reader;

import java.util.List;
import news.broadsheet.web.page.SafeHtml;

/**
 * A comment as the story page shows it: its time in the newsroom's zone, newspaper style, its
 * paragraphs escaped and linked, and the replies under it.
 *
 * @param inReplyTo the name answered, when a deep reply is shown below the thread it answers in
 */
public record CommentView(
    long id,
    String name,
    String time,
    String isoTime,
    List<SafeHtml> paragraphs,
    int recommendations,
    String permalink,
    String replyPath,
    String recommendPath,
    String inReplyTo,
    List<CommentView> replies) {

  public String recommendationsLabel() {
    return recommendations == 1 ? "1 recommendation" : recommendations + " recommendations";
  }
}
