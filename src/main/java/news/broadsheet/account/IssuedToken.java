package news.broadsheet.account;

/** A new API token: its secret text, shown this once and stored only as a digest. */
public record IssuedToken(String secret, ApiToken token, User user) {}
