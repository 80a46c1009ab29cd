package news.broadsheet.desk;

import java.time.Instant;
import news.broadsheet.article.Article;

/** A story as its row holds it: the article, and what only the desk keeps of it. */
record DeskRow(
    Article article, int revision, String sectionSlug, String leadMedia, CommentsMode commentsMode, Instant publishAt, Long createdBy,
    Instant modifiedAt) {}
