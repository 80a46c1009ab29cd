package news.broadsheet.web.staff;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import news.broadsheet.article.Article;
import news.broadsheet.article.ArticleService;
import news.broadsheet.comment.Comment;
import news.broadsheet.comment.CommentStatus;
import news.broadsheet.comment.Reason;
import news.broadsheet.comment.ReasonKind;
import news.broadsheet.comment.ReasonText;
import news.broadsheet.moderation.ActorKind;
import news.broadsheet.moderation.CommenterHistory;
import news.broadsheet.moderation.ModerationEvent;
import news.broadsheet.moderation.QueueEntry;
import news.broadsheet.moderation.Report;
import news.broadsheet.moderation.Sanction;
import news.broadsheet.web.page.Linkifier;
import news.broadsheet.web.page.Paths;

/** Turns the queue's entries into cards: times in words, text escaped with inert links, decisions in sentences. */
final class QueueCards {

  private static final int PARENT_EXCERPT = 280;

  private final ArticleService articles;
  private final StaffTimes times;
  private final Clock clock;

  QueueCards(ArticleService articles, StaffTimes times, Clock clock) {
    this.articles = articles;
    this.times = times;
    this.clock = clock;
  }

  List<QueueCard> cards(List<QueueEntry> entries, QueueRequest request) {
    Map<Long, Optional<Article>> stories = new HashMap<>();
    return entries.stream()
        .map(entry -> card(entry, stories.computeIfAbsent(entry.comment().articleId(), articles::find), request))
        .toList();
  }

  private QueueCard card(QueueEntry entry, Optional<Article> article, QueueRequest request) {
    Comment comment = entry.comment();
    String storyPath = article.map(Paths::story).orElse("/news/" + comment.articleId());
    return new QueueCard(
        comment.id(),
        comment.name(),
        entry.commenter().isAccount(),
        request.hrefWith("commenter", comment.name()),
        history(entry.history()),
        entry.history().activeSanction(clock.instant()).map(this::sanction).orElse(null),
        times.show(comment.postedAt()),
        paragraphs(comment.text()),
        article.map(a -> a.story().headline()).orElse("Story " + comment.articleId()),
        storyPath,
        threadHref(comment, storyPath),
        request.hrefWith("story", String.valueOf(comment.articleId())),
        parent(entry.parent()),
        comment.status().code(),
        ReasonView.of(shownReasons(comment, entry.openReports())),
        entry.openReports().size(),
        reportReasons(entry.openReports()),
        entry.decisions().stream().map(this::line).toList());
  }

  /** Where the comment sits among readers: its own place when readers see it, else the comment it answers, else the story. */
  private static String threadHref(Comment comment, String storyPath) {
    if (comment.status() == CommentStatus.PUBLISHED) {
      return Paths.comment(storyPath, comment.id());
    }
    return comment.parentId() == null ? storyPath + "#comments" : Paths.comment(storyPath, comment.parentId());
  }

  /** The comment's reasons; a card that lists the open reports leaves out the one that only counts them. */
  private static List<Reason> shownReasons(Comment comment, List<Report> openReports) {
    return openReports.isEmpty()
        ? comment.reasons()
        : comment.reasons().stream().filter(reason -> reason.kind() != ReasonKind.REPORTS).toList();
  }

  /** Each reason readers gave, once, with how many gave it when more than one did. */
  private static List<String> reportReasons(List<Report> reports) {
    Map<String, Integer> counted = new java.util.LinkedHashMap<>();
    reports.forEach(report -> counted.merge(report.reason(), 1, Integer::sum));
    return counted.entrySet().stream()
        .map(reason -> reason.getValue() == 1 ? reason.getKey() : reason.getKey() + " (" + reason.getValue() + ")")
        .toList();
  }

  private QueueCard.History history(CommenterHistory history) {
    return new QueueCard.History(history.published(), history.pending(), history.rejected(), history.sanctions().size(),
        times.show(history.firstSeen()));
  }

  private String sanction(Sanction sanction) {
    return sanction.isBan()
        ? "Banned: " + sanction.reason()
        : "Suspended until " + times.show(sanction.endsAt()).words() + ": " + sanction.reason();
  }

  static List<news.broadsheet.web.page.SafeHtml> paragraphs(String text) {
    return java.util.Arrays.stream(text.split("\\n\\s*\\n")).map(Linkifier::paragraphWithInertLinks).toList();
  }

  private static QueueCard.Parent parent(Comment parent) {
    if (parent == null) {
      return null;
    }
    String text = parent.text().replaceAll("\\s+", " ").strip();
    String excerpt = text.length() <= PARENT_EXCERPT ? text : text.substring(0, PARENT_EXCERPT).strip() + "…";
    return new QueueCard.Parent(parent.name(), excerpt,
        parent.status() == CommentStatus.PUBLISHED ? null : parent.status().code());
  }

  private QueueCard.DecisionLine line(ModerationEvent event) {
    String who = switch (event.actorKind()) {
      case SCREENING -> "Screening";
      case READERS -> "Readers";
      case MODERATOR -> event.actor();
    };
    return new QueueCard.DecisionLine(times.show(event.at()), who, what(event), why(event));
  }

  /** Why, in words: the typed reasons of screening or readers (the action says held or rejected), then a person's note. */
  static String why(ModerationEvent event) {
    List<String> why = new java.util.ArrayList<>(event.reasons().stream().map(ReasonText::explanation).toList());
    if (!event.note().isEmpty()) {
      why.add(event.note());
    }
    return String.join("; ", why);
  }

  /** What a decision did, in words. */
  static String what(ModerationEvent event) {
    return switch (event.action()) {
      case PUBLISHED -> "published it";
      case HELD -> "held it";
      case REJECTED -> event.actorKind() == ActorKind.MODERATOR ? "rejected it" : "rejected it on arrival";
      case APPROVED -> "approved it";
      case SPAM -> "marked it as spam";
      case HIDDEN -> "hid it until a moderator looks";
      case BANNED -> "banned its commenter";
      case SUSPENDED -> "suspended its commenter";
      case LIFTED -> "lifted its commenter's sanction";
      case PREMODERATED -> "put its story under pre-moderation";
      case UNPREMODERATED -> "ended its story's pre-moderation";
      case ERASED -> "erased it at its commenter's request";
    };
  }
}
