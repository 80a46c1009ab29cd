package news.broadsheet.privacy;

import java.util.List;
import news.broadsheet.settings.Setting;

/** The settings of a commenter's data rights. */
public final class PrivacySettings {

  public static final String ANONYMISE = "anonymise";
  public static final String REMOVE = "remove";

  public static final Setting<String> COMMENTS_WITH_REPLIES =
      Setting.choice(
          "privacy.erasure.comments-with-replies",
          ANONYMISE,
          List.of(ANONYMISE, REMOVE),
          "what erasing a commenter's data does to their published comments that have replies: anonymise keeps"
              + " each as \"[removed at the reader's request]\" so that the replies keep their place; remove takes"
              + " it away too, and a top-level comment's replies with it");

  public static final List<Setting<?>> ALL = List.of(COMMENTS_WITH_REPLIES);

  private PrivacySettings() {}
}
