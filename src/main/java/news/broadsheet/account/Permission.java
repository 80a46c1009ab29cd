package news.broadsheet.account;

/**
 * One thing an account may do. Roles grant permissions explicitly ({@link Role#grants}): writing
 * stories and moderating comments are different jobs, so no role is simply "more" than another.
 */
public enum Permission {
  /** Review readers' comments: the moderation queue, decisions, bans and suspensions. */
  MODERATE_COMMENTS,
  /** Write stories, edit one's own drafts and submit them for review; upload images. */
  WRITE_STORIES,
  /** Edit any story; publish, schedule, update, correct, unpublish and restore stories. */
  EDIT_ANY_STORY,
  /** Create and edit author profiles. */
  MANAGE_AUTHORS,
  /** Create, order and rename sections and choose those in the site's navigation. */
  MANAGE_SECTIONS,
  /** Change the site's settings and word lists. */
  CHANGE_SETTINGS,
  /** See every account; change roles, disable and re-enable accounts, end their sessions. */
  MANAGE_ACCOUNTS
}
