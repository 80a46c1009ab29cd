package news.broadsheet.web;

import java.util.List;

/** A story with its published comments. */
public record StoryPage(StoryView story, List<CommentView> comments) {}
