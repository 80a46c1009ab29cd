package news.broadsheet.testing;

import java.time.Duration;
import java.util.List;
import news.broadsheet.App;
import news.broadsheet.account.Role;
import news.broadsheet.comment.Comment;
import news.broadsheet.comment.CommentDraft;
import news.broadsheet.moderation.Moderator;

/**
 * A moderation queue with something in every tab, written by us: comments held for links, for a
 * suspect word and for capitals (one a reply, one by an account), one hidden by readers' reports,
 * one rejected on arrival, one approved, and a suspended commenter. The site's accounts are those
 * of {@link StaffLogins#siteWithStaff}.
 */
public final class StaffFixture {

  public static final String HELD_LINKS_BY = "Hira";
  public static final String ACCOUNT = "Ayesha Khan";

  private StaffFixture() {}

  /** Fills the queue on the first open story; returns the ids of the comments held for a moderator, oldest first. */
  public static List<Long> fill(TestServer site) {
    App app = site.app();
    long story = app.articles().latest(10, 0).stream().filter(a -> !a.commentsClosed()).findFirst().orElseThrow().id();
    long ayesha = app.accounts().users().stream().filter(u -> u.name().equals(ACCOUNT)).findFirst()
        .map(u -> u.id()).orElseGet(() -> app.accounts().addUser(ACCOUNT, Role.READER, StaffLogins.PASSWORD).id());
    Comment bilal = post(app, new CommentDraft(story, null, "Bilal Ahmed",
        "The corridor matters more than the summit. Trade first, then trust.", "c-bilal"));
    post(app, new CommentDraft(story, null, HELD_LINKS_BY, "Both sides have said this before; let us see the numbers.", "c-hira"));
    Comment links = post(app, new CommentDraft(story, bilal.id(), HELD_LINKS_BY,
        "The figures are at https://trade.example/report-2018 and https://stats.example/exports,"
            + " and the older ones at https://archive.example/1998.\n\nRead them before deciding.", "c-hira"));
    Comment fool = post(app, CommentDraft.byAccount(story, null, ayesha, ACCOUNT,
        "Only a fool would think one summit changes forty years of mistrust.", "c-ayesha"));
    Comment shouting = post(app, new CommentDraft(story, null, "Angry Reader",
        "THIS IS A DISGRACE AND EVERYONE WHO SIGNED IT SHOULD RESIGN TODAY", "c-angry"));
    Comment reported = post(app, new CommentDraft(story, null, "Zara", "Typical of this newspaper, always one side.", "c-zara"));
    for (String reader : List.of("r-1", "r-2", "r-3")) {
      app.reports().report(reported.id(), reader, reader.equals("r-3") ? "off topic" : "rude to the paper");
    }
    post(app, new CommentDraft(story, null, "Omar", "What an idiot wrote this.", "c-omar"));
    Comment approved = post(app, new CommentDraft(story, null, "Kamran",
        "See https://a.example/1 https://b.example/2 https://c.example/3 for the earlier talks.", "c-kamran"));
    app.moderation().approve(approved.id(), new Moderator(null, "Mona"), "useful sources");
    app.sanctions().sanctionCommenterOf(links.id(), Duration.ofDays(7), "links to the same site, again", Moderator.named("Mona"));
    return List.of(links.id(), fool.id(), shouting.id(), reported.id());
  }

  private static Comment post(App app, CommentDraft draft) {
    return app.posting().post(draft);
  }
}
