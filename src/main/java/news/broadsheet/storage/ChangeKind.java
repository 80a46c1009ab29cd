package news.broadsheet.storage;

/**
 * The kinds of committed change that nodes sharing a database tell each other of, so that each
 * forgets what it keeps in memory of the thing changed.
 */
public enum ChangeKind {
  /** What a story's pages show changed: its text or status, whether it takes comments, which comments are visible. Subject: the story. */
  STORY,
  /** A comment became visible to readers. Subject: its story; detail: the comment. */
  COMMENT_PUBLISHED,
  /** A comment was recommended. Subject: its story; detail: the comment. */
  RECOMMENDED,
  /** A moderator decided on a comment, which the classifier learns. Subject: the comment. */
  DECISION,
  /** A site setting changed. */
  SETTINGS,
  /** The banned or suspect words changed. */
  WORD_LISTS,
  /** A commenter was banned or suspended, or a sanction lifted. */
  SANCTIONS,
  /** A story or commenter was put under pre-moderation or taken off it. */
  PREMODERATION,
  /** An account was added or changed (its name, role, or disabled). Subject: the account, when one. */
  ACCOUNTS
}
