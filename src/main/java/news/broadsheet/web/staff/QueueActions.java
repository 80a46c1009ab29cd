package news.broadsheet.web.staff;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import news.broadsheet.account.User;
import news.broadsheet.comment.Comment;
import news.broadsheet.moderation.ModerationException;
import news.broadsheet.moderation.ModerationService;
import news.broadsheet.moderation.Moderator;
import news.broadsheet.moderation.ModeratorDecision;
import news.broadsheet.moderation.QueueFilter;
import news.broadsheet.moderation.QueueService;
import news.broadsheet.moderation.QueueTab;
import news.broadsheet.moderation.RejectionReason;
import news.broadsheet.moderation.Sanction;
import news.broadsheet.moderation.SanctionService;
import news.broadsheet.web.page.Params;

/**
 * The queue's decisions, on one comment, on its commenter, and on many. Each answers a plain form
 * with a redirect back to the view it came from (303, with what it did), and the queue's script
 * ({@code Accept: application/json}) with what it did and the new counts; a refusal shows its
 * reason on the page (422) or in the answer.
 */
final class QueueActions {

  private final ModerationService moderation;
  private final SanctionService sanctions;
  private final QueueService queue;
  private final ModerationHandlers pages;

  QueueActions(ModerationService moderation, SanctionService sanctions, QueueService queue, ModerationHandlers pages) {
    this.moderation = moderation;
    this.sanctions = sanctions;
    this.queue = queue;
    this.pages = pages;
  }

  /** {@code POST /admin/moderation/comments/{id}} with action (approve, reject, spam), preset or reason. */
  void decide(Context ctx) {
    long id = Params.id(ctx, "id");
    act(ctx, request -> {
      ModeratorDecision decision = decision(ctx.formParam("action"));
      Comment after = moderation.decide(decision, id, moderator(ctx), reason(ctx));
      return new Done(notice(decision), 1, said(decision, after), request.tab().keepsDecided(after.status()), null);
    });
  }

  /**
   * {@code POST /admin/moderation/comments/{id}/sanction} with length (1, 7, 30 days, or ban),
   * reason, and reject (on: the comment is rejected too, for the same reason).
   */
  void sanction(Context ctx) {
    long id = Params.id(ctx, "id");
    act(ctx, request -> {
      String length = ctx.formParam("length") == null ? "" : ctx.formParam("length");
      if (ModerationPage.LENGTHS.stream().noneMatch(l -> l.value().equals(length))) {
        throw new ModerationException("Choose how long: 1, 7 or 30 days, or a ban.");
      }
      Duration days = length.equals("ban") ? null : Duration.ofDays(Long.parseLong(length));
      Sanction sanction = sanctions.sanctionCommenterOf(id, days, ctx.formParam("reason"), moderator(ctx));
      boolean reject = "on".equals(ctx.formParam("reject"));
      Comment after = reject ? moderation.decide(ModeratorDecision.REJECT, id, moderator(ctx), sanction.reason()) : null;
      String whom = sanction.commenter().name() == null ? "The commenter" : sanction.commenter().name();
      String said = whom + (sanction.isBan() ? " is banned" : " is suspended for " + length + (length.equals("1") ? " day" : " days"))
          + (reject ? ", and the comment is rejected." : ".");
      return new Done(QueueNotice.SANCTION, 1, said, after == null || request.tab().keepsDecided(after.status()),
          sanction.isBan() ? "Banned: " + sanction.reason() : "Suspended: " + sanction.reason());
    });
  }

  /** {@code POST /admin/moderation/bulk} with ids (the checked cards) and one action for all. */
  void bulk(Context ctx) {
    act(ctx, request -> {
      List<Long> ids = new ArrayList<>();
      for (String id : ctx.formParams("ids")) {
        ids.add(commentId(id));
      }
      if (ids.size() > QueueService.MAX_BULK) {
        throw new ModerationException("A bulk action takes at most " + QueueService.MAX_BULK + " comments.");
      }
      if (ids.isEmpty()) {
        throw new ModerationException("Check the comments to act on first.");
      }
      ModeratorDecision decision = decision(ctx.formParam("action"));
      moderation.decideAll(decision, ids, moderator(ctx), reason(ctx));
      return new Done(notice(decision), ids.size(), null, false, null);
    });
  }

  /**
   * {@code POST /admin/moderation/bulk/filtered}: one action on every comment of the view. Without
   * {@code confirm} it shows what would be done, to how many; with {@code confirm=yes} and {@code
   * upTo} (the newest comment the moderator was shown) it does it, leaving newer comments alone.
   */
  void bulkFiltered(Context ctx, BulkConfirmation confirmation) {
    act(ctx, request -> {
      ModeratorDecision decision = decision(ctx.formParam("action"));
      String reason = reason(ctx);
      if (decision == ModeratorDecision.REJECT && reason.isEmpty()) {
        throw new ModerationException("give a reason to reject a comment");
      }
      QueueFilter filter = request.filter();
      if (!"yes".equals(ctx.formParam("confirm"))) {
        confirmation.show(ctx, request, decision, reason, queue.scope(request.tab(), filter));
        return null;
      }
      List<Long> ids = queue.idsUpTo(request.tab(), filter, commentId(ctx.formParam("upTo")));
      moderation.decideAll(decision, ids, moderator(ctx), reason);
      return new Done(notice(decision), ids.size(), null, false, null);
    });
  }

  /** What an action did: the notice for the page, and for the script its words and effect. */
  private record Done(QueueNotice notice, int count, String said, boolean stays, String sanction) {}

  private interface Action {
    Done run(QueueRequest request);
  }

  private void act(Context ctx, Action action) {
    boolean script = String.valueOf(ctx.header("Accept")).contains("application/json");
    QueueRequest request = null;
    try {
      request = QueueRequest.of(ctx, true);
      Done done = action.run(request);
      if (done == null) {
        return;
      }
      if (script) {
        ctx.json(answer(done, request));
      } else {
        String back = request.from() == null ? request.href() : request.hrefFrom(request.from());
        ctx.redirect(back + "&" + done.notice().query(done.count()), HttpStatus.SEE_OTHER);
      }
    } catch (ModerationException refused) {
      String message = sentence(refused.getMessage());
      if (script) {
        ctx.status(HttpStatus.UNPROCESSABLE_CONTENT).json(Map.of("message", message));
        return;
      }
      pages.render(ctx, request == null ? new QueueRequest(QueueTab.PENDING, "", "", "", "", null) : request, null, message);
      ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
    }
  }

  private Map<String, Object> answer(Done done, QueueRequest request) {
    Map<String, Object> answer = new java.util.LinkedHashMap<>();
    answer.put("message", done.said());
    answer.put("leaves", !done.stays());
    answer.put("sanction", done.sanction());
    answer.putAll(counts(request.filter()));
    return answer;
  }

  /**
   * {@code GET /admin/moderation/counts} with a view's filters: each tab's count under them, and
   * the navigation's (pending, reported), as JSON; the queue's script refreshes its numbers with it.
   */
  void counts(Context ctx) {
    try {
      ctx.json(counts(QueueRequest.of(ctx, false).filter()));
    } catch (ModerationException refused) {
      ctx.status(HttpStatus.BAD_REQUEST).json(Map.of("message", sentence(refused.getMessage())));
    }
  }

  private Map<String, Object> counts(QueueFilter filter) {
    Map<QueueTab, Long> all = queue.counts(filter);
    Map<String, Object> tabs = new java.util.LinkedHashMap<>();
    all.forEach((tab, count) -> tabs.put(tab.code(), count));
    Map<QueueTab, Long> unfiltered = filter.isEmpty() ? all : queue.counts(QueueFilter.NONE);
    Map<String, Object> nav = Map.of("pending", unfiltered.get(QueueTab.PENDING), "reported", unfiltered.get(QueueTab.REPORTED));
    return Map.of("counts", tabs, "nav", nav);
  }

  private static String said(ModeratorDecision decision, Comment after) {
    String by = " the comment by " + after.name();
    return switch (decision) {
      case APPROVE -> "Approved" + by + ".";
      case REJECT -> "Rejected" + by + ".";
      case SPAM -> "Marked" + by + " as spam.";
    };
  }

  private static QueueNotice notice(ModeratorDecision decision) {
    return switch (decision) {
      case APPROVE -> QueueNotice.APPROVE;
      case REJECT -> QueueNotice.REJECT;
      case SPAM -> QueueNotice.SPAM;
    };
  }

  /** The reason given: the moderator's own words, else the one picked from the list, else none. */
  static String reason(Context ctx) {
    String own = ctx.formParam("reason") == null ? "" : ctx.formParam("reason").strip();
    String preset = ctx.formParam("preset") == null ? "" : ctx.formParam("preset").strip();
    if (!own.isEmpty() || preset.isEmpty()) {
      return own;
    }
    return RejectionReason.fromCode(preset)
        .map(RejectionReason::words)
        .orElseThrow(() -> new ModerationException("Choose a reason from the list, or write one."));
  }

  private static ModeratorDecision decision(String action) {
    try {
      return ModeratorDecision.valueOf(action == null ? "" : action.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      throw new ModerationException("The action is approve, reject or spam.");
    }
  }

  private static long commentId(String text) {
    try {
      long id = Long.parseLong(text == null ? "" : text.strip());
      if (id > 0) {
        return id;
      }
    } catch (NumberFormatException notANumber) {
      // refused below
    }
    throw new ModerationException("That is not a comment's number.");
  }

  private static Moderator moderator(Context ctx) {
    User user = StaffGuard.user(ctx);
    return new Moderator(user.id(), user.name());
  }

  /** A service's message as a sentence: capital first, full stop last. */
  static String sentence(String message) {
    String text = message.strip();
    text = Character.toUpperCase(text.charAt(0)) + text.substring(1);
    return text.endsWith(".") ? text : text + ".";
  }

  /** Shows what a bulk action on a view would do, for the moderator to confirm. */
  interface BulkConfirmation {
    void show(Context ctx, QueueRequest request, ModeratorDecision decision, String reason, QueueService.BulkScope scope);
  }
}
