package news.broadsheet.web.staff;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import news.broadsheet.article.ArticleService;
import news.broadsheet.comment.Comment;
import news.broadsheet.comment.ReasonText;
import news.broadsheet.moderation.ClassifierService;
import news.broadsheet.moderation.Commenter;
import news.broadsheet.moderation.ModerationEvent;
import news.broadsheet.moderation.ModerationService;
import news.broadsheet.moderation.QueueItem;
import news.broadsheet.moderation.Sanction;
import news.broadsheet.moderation.SanctionService;
import news.broadsheet.web.page.Paths;

/** Turns queue items into what the moderation page shows. */
final class ModerationViews {

  private final ArticleService articles;
  private final ModerationService moderation;
  private final SanctionService sanctions;
  private final ClassifierService classifier;

  ModerationViews(
      ArticleService articles, ModerationService moderation, SanctionService sanctions, ClassifierService classifier) {
    this.articles = articles;
    this.moderation = moderation;
    this.sanctions = sanctions;
    this.classifier = classifier;
  }

  List<ModerationPage.Entry> entries(List<QueueItem> items) {
    return items.stream().map(this::entry).toList();
  }

  private ModerationPage.Entry entry(QueueItem item) {
    Comment comment = item.comment();
    var article = articles.find(comment.articleId());
    String story = article.map(a -> a.story().headline()).orElse("story " + comment.articleId());
    String href = article.map(Paths::story).orElse("/news/" + comment.articleId());
    List<ModerationPage.History> history = moderation.history(comment.id()).stream().map(ModerationViews::line).toList();
    Commenter commenter = sanctions.commenterOf(comment.id());
    String sanction = sanctions.activeFor(commenter).map(Sanction::summary).orElse(null);
    return new ModerationPage.Entry(comment.id(), story, href, comment.name(), commenter.isAccount(),
        comment.postedAt().toString(), comment.text(), comment.status().code(),
        comment.reasons().stream().map(ModerationPage.ReasonView::of).toList(), item.openReports(),
        history, sanction);
  }

  private static ModerationPage.History line(ModerationEvent event) {
    String actor = event.actor() + " (" + event.actorKind().name().toLowerCase(Locale.ROOT) + ")";
    return new ModerationPage.History(actor, event.at().toString(), event.action().label(), why(event));
  }

  /** The reasons of an automatic decision, each on its line, then a person's note. */
  private static String why(ModerationEvent event) {
    List<String> why = new ArrayList<>(event.reasons().stream().map(ReasonText::line).toList());
    if (!event.note().isEmpty()) {
      why.add(event.note());
    }
    return String.join("; ", why);
  }

  String classifierStatus() {
    return (classifier.isActive() ? "Active" : "Inactive (not enough decisions yet)") + "; trained on "
        + classifier.decisions() + " moderator decisions.";
  }
}
