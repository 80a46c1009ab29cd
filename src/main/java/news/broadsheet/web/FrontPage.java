package news.broadsheet.web;

import java.util.List;

/** The front page: the latest stories. */
public record FrontPage(List<StoryView> stories) {}
