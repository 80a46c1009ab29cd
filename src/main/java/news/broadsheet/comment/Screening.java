package news.broadsheet.comment;

/**
 * The one moderation step every new comment passes before it is stored: it decides whether the
 * comment is published, held for a moderator, or rejected. The moderation capability supplies
 * the real one; {@link #PUBLISH_ALL} lets every comment through.
 */
@FunctionalInterface
public interface Screening {

  Verdict screen(CommentDraft draft);

  Screening PUBLISH_ALL = draft -> Verdict.publish();
}
