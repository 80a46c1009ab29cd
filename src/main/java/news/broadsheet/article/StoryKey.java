package news.broadsheet.article;

import java.time.LocalDate;

/** What makes two stories the same story: source, publication date and headline. */
public record StoryKey(String source, LocalDate publishedOn, String headline) {}
