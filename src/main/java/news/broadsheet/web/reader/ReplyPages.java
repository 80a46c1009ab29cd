package news.broadsheet.web.reader;

import news.broadsheet.article.Article;
import news.broadsheet.comment.Comment;
import news.broadsheet.web.page.PageMeta;

/** The reply page's model: the story it belongs to, the comment answered and the form. */
final class ReplyPages {

  private ReplyPages() {}

  static ReplyPage page(Article article, Comment parent, CommentForm form, String csrf) {
    StoryView story = StoryView.of(article);
    CommentView answered = new CommentViews(story.path(), article.id()).single(parent);
    PageMeta meta = PageMeta.unlisted("Reply to " + parent.name() + " — " + story.headline());
    return new ReplyPage(meta, story, answered, form, csrf);
  }
}
