package news.broadsheet.web.reader;

import news.broadsheet.web.page.PageMeta;

/**
 * The form for answering one comment, for readers without JavaScript.
 *
 * @param form the reply form, null when comments are closed
 */
public record ReplyPage(PageMeta meta, StoryView story, CommentView parent, CommentForm form, String csrf) {}
