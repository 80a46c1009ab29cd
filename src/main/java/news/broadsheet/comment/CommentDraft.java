package news.broadsheet.comment;

import news.broadsheet.text.TypedText;

/**
 * What a reader submits: a name and a text, perhaps as a reply, as a guest or from an account.
 *
 * @param parentId the comment replied to, or null
 * @param name the name shown with the comment: a guest's own, or the account's name
 * @param clientKey an opaque key of the posting client (for rate limits and screening), or null
 * @param accountId the signed-in reader's account, or null for a guest
 */
public record CommentDraft(long articleId, Long parentId, String name, String text, String clientKey, Long accountId) {

  /** A guest's comment. */
  public CommentDraft(long articleId, Long parentId, String name, String text, String clientKey) {
    this(articleId, parentId, name, text, clientKey, null);
  }

  /** A comment from a signed-in reader's account, shown with the account's name. */
  public static CommentDraft byAccount(
      long articleId, Long parentId, long accountId, String accountName, String text, String clientKey) {
    return new CommentDraft(articleId, parentId, accountName, text, clientKey, accountId);
  }

  /** The same comment with its name and text in Unicode's composed form (NFC), as it is stored. */
  public CommentDraft normalised() {
    return new CommentDraft(
        articleId, parentId, TypedText.normalised(name), TypedText.normalised(text), clientKey, accountId);
  }

  public boolean byGuest() {
    return accountId == null;
  }
}
