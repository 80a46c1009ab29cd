package news.broadsheet.web.staff;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import news.broadsheet.moderation.ClassifierService;
import news.broadsheet.moderation.EvaluationService;
import news.broadsheet.moderation.WordList;
import news.broadsheet.moderation.WordListService;
import news.broadsheet.settings.InvalidSettingException;
import news.broadsheet.settings.SettingsService;
import news.broadsheet.web.page.TemplateRenderer;

/** The admin's pages: settings and word lists. */
final class AdminSettingsHandlers {

  private final SettingsService settings;
  private final WordListService words;
  private final EvaluationService evaluation;
  private final ClassifierService classifier;
  private final StaffLayout layout;
  private final TemplateRenderer templates;

  AdminSettingsHandlers(SettingsService settings, WordListService words, EvaluationService evaluation,
      ClassifierService classifier, StaffLayout layout, TemplateRenderer templates) {
    this.settings = settings;
    this.words = words;
    this.evaluation = evaluation;
    this.classifier = classifier;
    this.layout = layout;
    this.templates = templates;
  }

  void settings(Context ctx) {
    renderSettings(ctx, Map.of(), Map.of());
  }

  /** {@code POST /admin/settings} with key and value; a bad value shows the form again (422). */
  void change(Context ctx) {
    String key = ctx.formParam("key") == null ? "" : ctx.formParam("key");
    String value = ctx.formParam("value") == null ? "" : ctx.formParam("value");
    try {
      settings.set(key, value, StaffGuard.user(ctx).name());
    } catch (InvalidSettingException invalid) {
      renderSettings(ctx, Map.of(key, invalid.getMessage()), Map.of(key, value));
      ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
      return;
    }
    ctx.redirect("/admin/settings#setting-" + key, HttpStatus.SEE_OTHER);
  }

  private void renderSettings(Context ctx, Map<String, String> errors, Map<String, String> typed) {
    templates.render(ctx, "admin/settings.jte", new AdminSettingsPage(layout.frame(ctx, StaffSection.SETTINGS, "Settings"),
        settings.list(), errors, typed, classifierStatus(), evaluation()));
  }

  private String classifierStatus() {
    return (classifier.isActive() ? "Active" : "Inactive (not enough decisions yet)") + "; trained on "
        + classifier.decisions() + " moderator decisions.";
  }

  private String evaluation() {
    try {
      var report = evaluation.evaluateDecisions(EvaluationService.DEFAULT_FOLDS, EvaluationService.DEFAULT_SEED);
      return String.format(java.util.Locale.ROOT,
          "On %d held-out decisions: precision %.2f, recall %.2f, f1 %.2f (word lists alone: precision %.2f, recall %.2f).",
          report.examples(), report.precision(), report.recall(), report.f1(), report.baselinePrecision(),
          report.baselineRecall());
    } catch (RuntimeException tooFew) {
      return "Not enough moderator decisions to evaluate yet: " + tooFew.getMessage();
    }
  }

  void words(Context ctx) {
    renderWords(ctx, null);
  }

  /** {@code POST /admin/words/add} with list (banned, suspect) and words separated by spaces. */
  void addWords(Context ctx) {
    WordList list = WordList.fromCode(ctx.formParam("list")).orElseThrow(() -> new BadRequestResponse("list is banned or suspect"));
    List<String> given = split(ctx.formParam("words"));
    try {
      if (!given.isEmpty()) {
        words.add(list, given, StaffGuard.user(ctx).name());
      }
    } catch (IllegalArgumentException refused) {
      renderWords(ctx, refused.getMessage());
      ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
      return;
    }
    ctx.redirect("/admin/words", HttpStatus.SEE_OTHER);
  }

  /** {@code POST /admin/words/remove} with word. */
  void removeWord(Context ctx) {
    List<String> given = split(ctx.formParam("word"));
    if (!given.isEmpty()) {
      words.remove(given);
    }
    ctx.redirect("/admin/words", HttpStatus.SEE_OTHER);
  }

  private void renderWords(Context ctx, String problem) {
    var lists = List.of(
        new AdminWordsPage.WordListView("banned", "Banned words", "A comment with one is rejected.", words.list(WordList.BANNED)),
        new AdminWordsPage.WordListView("suspect", "Suspect words", "A comment with one is held for a moderator.",
            words.list(WordList.SUSPECT)));
    templates.render(ctx, "admin/words.jte",
        new AdminWordsPage(layout.frame(ctx, StaffSection.WORDS, "Word lists"), lists, problem));
  }

  private static List<String> split(String text) {
    return text == null ? List.of() : Arrays.stream(text.strip().split("\\s+")).filter(w -> !w.isEmpty()).toList();
  }
}
