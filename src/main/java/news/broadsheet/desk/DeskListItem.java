package news.broadsheet.desk;

import java.time.Instant;
import news.broadsheet.article.StoryStatus;

/**
 * A story as the desk's list shows it.
 *
 * @param authors the byline's names as printed
 * @param modifiedBy who saved the latest revision
 * @param publishAt when it is scheduled, or null
 */
public record DeskListItem(long id, String headline, StoryStatus status, int revision, String authors,
    Instant modifiedAt, String modifiedBy, Instant publishedAt, Instant publishAt, String slug) {}
