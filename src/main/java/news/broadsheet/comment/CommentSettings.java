package news.broadsheet.comment;

import java.util.List;
import news.broadsheet.settings.Setting;

/** The settings of commenting. */
public final class CommentSettings {

  public static final String GUESTS = "guests";
  public static final String ACCOUNTS = "accounts";

  public static final Setting<String> COMMENTERS =
      Setting.choice("comments.commenters", GUESTS, List.of(GUESTS, ACCOUNTS),
          "guests: guests (a name only) and signed-in readers may comment; accounts: only signed-in readers");

  public static final List<Setting<?>> ALL = List.of(COMMENTERS);

  private CommentSettings() {}
}
