package news.broadsheet.web.staff;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import news.broadsheet.article.ArticleService;
import news.broadsheet.moderation.ModerationException;
import news.broadsheet.moderation.ModeratorDecision;
import news.broadsheet.moderation.QueueFilter;
import news.broadsheet.moderation.QueuePage;
import news.broadsheet.moderation.QueueService;
import news.broadsheet.moderation.QueueTab;
import news.broadsheet.web.page.TemplateRenderer;

/** {@code GET /admin/moderation}: a tab of the queue as cards, with its filters and counts. */
final class ModerationHandlers {

  static final int PER_PAGE = 20;
  private static final Map<String, String> FILTER_LABELS =
      Map.of("story", "Story", "commenter", "Commenter", "text", "Words", "why", "Reason");

  private final QueueService queue;
  private final QueueCards cards;
  private final ArticleService articles;
  private final StaffLayout layout;
  private final TemplateRenderer templates;

  ModerationHandlers(
      QueueService queue, QueueCards cards, ArticleService articles, StaffLayout layout, TemplateRenderer templates) {
    this.queue = queue;
    this.cards = cards;
    this.articles = articles;
    this.layout = layout;
    this.templates = templates;
  }

  void queue(Context ctx) {
    QueueRequest request;
    try {
      request = QueueRequest.of(ctx, false);
    } catch (ModerationException bad) {
      render(ctx, new QueueRequest(QueueTab.PENDING, "", "", "", "", null), null, bad.getMessage());
      ctx.status(HttpStatus.BAD_REQUEST);
      return;
    }
    render(ctx, request, QueueNotice.of(ctx.queryParam("done"), ctx.queryParam("count")), null);
  }

  /** Renders a view of the queue; a filter that cannot be read shows its problem (400) and filters nothing. */
  void render(Context ctx, QueueRequest request, String notice, String problem) {
    QueueFilter filter;
    try {
      filter = request.filter();
    } catch (ModerationException bad) {
      filter = QueueFilter.NONE;
      problem = QueueActions.sentence(bad.getMessage());
      ctx.status(HttpStatus.BAD_REQUEST);
    }
    Map<QueueTab, Long> counts = queue.counts(filter);
    QueuePage page = queue.page(request.tab(), filter, request.from(), PER_PAGE);
    List<ModerationPage.Tab> tabs = new ArrayList<>();
    for (QueueTab each : QueueTab.values()) {
      tabs.add(new ModerationPage.Tab(each.code(), label(each), request.href(each), shown(counts.get(each)),
          each == request.tab(), each.ordinal() + 1));
    }
    StaffFrame frame = layout.frame(ctx, StaffSection.QUEUE, label(request.tab()) + " · Queue",
        filter.isEmpty() ? counts : null);
    templates.render(ctx, "admin/moderation.jte", new ModerationPage(
        frame, request.tab().code(), label(request.tab()), tabs, state(request), request.fields(), chips(request, filter),
        request.filtered() ? request.hrefUnfiltered() : null, counts.get(request.tab()),
        cards.cards(page.entries(), request), page.next() == null ? null : request.hrefFrom(page.next()),
        request.from() == null ? null : request.href(), notice, problem));
  }

  /** Shows what a bulk action on the view would do, to how many comments, for the moderator to confirm. */
  void confirmBulk(Context ctx, QueueRequest request, ModeratorDecision decision, String reason, QueueService.BulkScope scope) {
    List<String> filters = new ArrayList<>();
    chips(request, request.filter()).forEach(chip -> filters.add(chip.label() + ": " + chip.value()));
    String verb = switch (decision) {
      case APPROVE -> "Approve";
      case REJECT -> "Reject";
      case SPAM -> "Mark as spam";
    };
    StaffFrame frame = layout.frame(ctx, StaffSection.QUEUE, "Confirm · Queue");
    templates.render(ctx, "admin/moderation-confirm.jte", new BulkConfirmPage(frame, state(request), decision.name()
        .toLowerCase(Locale.ROOT), verb, reason, shown(scope.count()), scope.count(), scope.newestId(),
        label(request.tab()), filters, request.from() == null ? request.href() : request.hrefFrom(request.from())));
  }

  /** The view as hidden fields: every form on the page sends it back. */
  static Map<String, String> state(QueueRequest request) {
    Map<String, String> state = new LinkedHashMap<>();
    state.put("tab", request.tab().code());
    state.putAll(request.fields());
    state.put("from", request.from() == null ? "" : String.valueOf(request.from()));
    return state;
  }

  private List<ModerationPage.Chip> chips(QueueRequest request, QueueFilter filter) {
    List<ModerationPage.Chip> chips = new ArrayList<>();
    request.fields().forEach((field, value) -> {
      if (!value.isEmpty()) {
        String shown = field.equals("story") && filter.articleId() != null
            ? articles.find(filter.articleId()).map(a -> a.story().headline()).orElse("no such story (" + value + ")")
            : field.equals("why") && filter.reason() != null ? filter.reason().label() : value;
        chips.add(new ModerationPage.Chip(FILTER_LABELS.get(field), shown, request.hrefWith(field, "")));
      }
    });
    return chips;
  }

  static String label(QueueTab tab) {
    String words = tab.code().replace('-', ' ');
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  static String shown(long count) {
    return String.format(Locale.ROOT, "%,d", count);
  }
}
