package news.broadsheet.moderation;

import java.util.List;
import news.broadsheet.settings.Setting;

/** The settings of moderation; each check's keys carry its name. */
public final class ModerationSettings {

  public static final Setting<String> MODE =
      Setting.choice("moderation.mode", "post", List.of("post", "pre"),
          "post: publish at once and review later; pre: hold every comment for review");
  public static final Setting<Integer> NEW_COMMENTERS_HOLD_FIRST =
      Setting.integer("moderation.new-commenters.hold-first", 0, 0, 1000,
          "hold the first N comments of a new commenter (0: off)");
  public static final Setting<Boolean> SANCTIONS_ENABLED =
      Setting.flag("moderation.sanctions.enabled", true, "refuse comments from banned and suspended commenters");
  public static final Setting<Boolean> WORDS_ENABLED =
      Setting.flag("moderation.words.enabled", true, "reject banned words and hold suspect words");
  public static final Setting<Boolean> LINKS_ENABLED =
      Setting.flag("moderation.links.enabled", true, "hold comments with too many links");
  public static final Setting<Integer> LINKS_MAX =
      Setting.integer("moderation.links.max", 2, 0, 1000, "links a comment may have before it is held");
  public static final Setting<Boolean> DUPLICATES_ENABLED =
      Setting.flag("moderation.duplicates.enabled", true, "hold the same text posted again on a story");
  public static final Setting<Integer> DUPLICATES_WINDOW_MINUTES =
      Setting.integer("moderation.duplicates.window-minutes", 1440, 1, 525_600,
          "how far back a repeated text counts");
  public static final Setting<Boolean> FLOOD_ENABLED =
      Setting.flag("moderation.flood.enabled", true, "hold comments from a client that posts too fast");
  public static final Setting<Integer> FLOOD_PER_MINUTE =
      Setting.integer("moderation.flood.per-minute", 5, 1, 10_000, "comments one client may post in a minute");
  public static final Setting<Boolean> SHOUTING_ENABLED =
      Setting.flag("moderation.shouting.enabled", true, "hold comments written mostly in capitals");
  public static final Setting<Integer> SHOUTING_MIN_LETTERS =
      Setting.integer("moderation.shouting.min-letters", 20, 1, 100_000,
          "Latin letters a comment needs before shouting is judged");
  public static final Setting<Integer> SHOUTING_CAPITALS_PERCENT =
      Setting.integer("moderation.shouting.capitals-percent", 70, 1, 100,
          "share of capitals, in percent, from which a comment is shouting");
  public static final Setting<Boolean> REPORTS_ENABLED =
      Setting.flag("moderation.reports.enabled", true, "hide a comment enough readers reported");
  public static final Setting<Integer> REPORTS_HIDE_AT =
      Setting.integer("moderation.reports.hide-at", 3, 1, 100_000, "reports that hide a comment until review");
  public static final Setting<Boolean> CLASSIFIER_ENABLED =
      Setting.flag("moderation.classifier.enabled", true, "hold comments like those moderators rejected");
  public static final Setting<Double> CLASSIFIER_THRESHOLD =
      Setting.decimal("moderation.classifier.threshold", 0.8, 0.5, 1.0,
          "reject-probability from which the classifier holds a comment");
  public static final Setting<Integer> CLASSIFIER_MIN_DECISIONS =
      Setting.integer("moderation.classifier.min-decisions", 50, 2, 10_000_000,
          "moderator decisions the classifier needs before it acts");

  public static final List<Setting<?>> ALL =
      List.of(
          MODE, NEW_COMMENTERS_HOLD_FIRST, SANCTIONS_ENABLED, WORDS_ENABLED, LINKS_ENABLED, LINKS_MAX,
          DUPLICATES_ENABLED, DUPLICATES_WINDOW_MINUTES, FLOOD_ENABLED, FLOOD_PER_MINUTE, SHOUTING_ENABLED,
          SHOUTING_MIN_LETTERS, SHOUTING_CAPITALS_PERCENT, REPORTS_ENABLED, REPORTS_HIDE_AT, CLASSIFIER_ENABLED,
          CLASSIFIER_THRESHOLD, CLASSIFIER_MIN_DECISIONS);

  private ModerationSettings() {}
}
