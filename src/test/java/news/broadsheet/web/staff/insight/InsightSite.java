package news.broadsheet.web.staff.insight;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import news.broadsheet.account.Role;
import news.broadsheet.archive.ArchiveInput;
import news.broadsheet.archive.ImportProgress;
import news.broadsheet.comment.Comment;
import news.broadsheet.comment.CommentDraft;
import news.broadsheet.moderation.Moderator;
import news.broadsheet.moderation.WordList;
import news.broadsheet.testing.DatabaseKind;
import news.broadsheet.testing.SmallCorpus;
import news.broadsheet.testing.StaffLogins;
import news.broadsheet.testing.TestServer;

/**
 * A site for the dashboard and reaction pages: the reference story and a few stories of our own,
 * comments posted today (published, held, rejected, decided) on one of ours, and accounts of every
 * role (Reader, Mona the moderator, Eddie the editor, Ada the admin).
 */
final class InsightSite {

  static final String REFERENCE_SLUG = StaffLogins.SLUG;

  private InsightSite() {}

  static TestServer start(DatabaseKind kind, Path temp) throws Exception {
    TestServer site = StaffLogins.siteWithStaff(kind, temp);
    site.app().accounts().addUser("Eddie", Role.EDITOR, StaffLogins.PASSWORD);
    SmallCorpus.write(temp.resolve("corpus"), 4, 9);
    List<ArchiveInput> files = new ArrayList<>();
    try (var corpus = Files.list(temp.resolve("corpus"))) {
      corpus.sorted().forEach(file -> files.add(ArchiveInput.file(file)));
    }
    site.app().importer().importAll(files, ImportProgress.SILENT);
    long story = otherStory(site);
    site.app().words().add(WordList.BANNED, List.of("zorblax"), "test");
    site.app().posting().post(new CommentDraft(story, null, "Ayesha", "Metered water is fairer for everyone.", "c1"));
    site.app().posting().post(new CommentDraft(story, null, "Bilal", "Pani ka bill phir barh gaya, yeh theek nahi hai.", "c2"));
    Comment held = site.app().posting().post(new CommentDraft(story, null, "=Linker",
        "See https://a.example/1 https://b.example/2 https://c.example/3", "c3"));
    site.app().posting().post(new CommentDraft(story, null, "Rude", "Zorblax to the council.", "c4"));
    site.app().moderation().approve(held.id(), Moderator.named("Mona"), "");
    site.app().posting().post(new CommentDraft(story, null, "Linker Two",
        "More at https://a.example/1 https://b.example/2 https://c.example/3", "c5"));
    return site;
  }

  /** The id of the reference story. */
  static long reference(TestServer site) {
    return site.app().articles().latestOf("DAWN.COM", 100, 0).stream()
        .filter(article -> article.slug().equals(REFERENCE_SLUG)).findFirst().orElseThrow().id();
  }

  /** The id of the story of ours that has today's comments. */
  static long otherStory(TestServer site) {
    return site.app().articles().latestOf("DAWN.COM", 100, 0).stream()
        .filter(article -> article.story().headline().endsWith("session 0")).findFirst().orElseThrow().id();
  }

}
