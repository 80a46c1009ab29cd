package news.broadsheet.bench;

import static news.broadsheet.bench.SyntheticText.pick;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import news.broadsheet.archive.ArchivedComment;
import news.broadsheet.archive.ArchivedStory;
import news.broadsheet.article.Byline;
import news.broadsheet.article.PrintLine;
import news.broadsheet.article.Story;
import news.broadsheet.article.StoryKey;

/**
 * Synthetic stories with their comments, one after another, all decided by one seed: the same seed
 * gives the same corpus. Every story has a key of its own, so each file imports as a new story.
 * Comment times never go backwards within a story, so an export lists them in the file's order.
 */
final class SyntheticStories {

  private static final List<String> SOURCES =
      List.of("DAWN.COM", "DAWN.COM", "DAWN.COM", "THENEWS.COM.PK", "TRIBUNE.COM.PK");
  private static final Map<String, String> PUBLICATIONS =
      Map.of("DAWN.COM", "Dawn", "THENEWS.COM.PK", "The News", "TRIBUNE.COM.PK", "The Express Tribune");
  private static final LocalDate FIRST_DAY = LocalDate.of(2015, 1, 1);
  private static final int DAYS = 3650;

  private final SplittableRandom random;
  private final boolean worstCase;
  private final Set<StoryKey> taken = new HashSet<>();

  SyntheticStories(long seed) {
    this(seed, false);
  }

  /** @param worstCase comments of the worst-case vocabulary ({@link SyntheticText#worstCaseParagraph}) */
  SyntheticStories(long seed, boolean worstCase) {
    this.random = new SplittableRandom(seed);
    this.worstCase = worstCase;
  }

  /** The next story, with exactly {@code commentCount} comments. */
  ArchivedStory next(int commentCount) {
    Story story = uniqueStory();
    return new ArchivedStory(story, comments(story.publishedOn(), commentCount));
  }

  private Story uniqueStory() {
    while (true) {
      String source = pick(random, SOURCES);
      LocalDate day = FIRST_DAY.plusDays(random.nextInt(DAYS));
      String headline = SyntheticText.headline(random);
      if (taken.add(new StoryKey(source, day, headline))) {
        return new Story(source, day, headline, byline(day), dateline(), body(), printLine(source, day));
      }
    }
  }

  private Byline byline(LocalDate day) {
    if (random.nextInt(8) == 0) {
      return null;
    }
    return new Byline(pick(random, SyntheticText.AUTHORS), day.plusDays(random.nextInt(3)), random.nextBoolean());
  }

  private String dateline() {
    return random.nextInt(10) < 7 ? pick(random, SyntheticText.CITIES) : null;
  }

  private List<String> body() {
    int paragraphs = 3 + random.nextInt(10);
    List<String> body = new ArrayList<>(paragraphs);
    for (int i = 0; i < paragraphs; i++) {
      body.add(SyntheticText.bodyParagraph(random));
    }
    return body;
  }

  private PrintLine printLine(String source, LocalDate day) {
    if (random.nextInt(10) < 3) {
      return null;
    }
    return new PrintLine(PUBLICATIONS.get(source), day.plusDays(random.nextInt(2)));
  }

  private List<ArchivedComment> comments(LocalDate day, int count) {
    List<ArchivedComment> comments = new ArrayList<>(count);
    LocalDateTime time = day.atTime(7, 0).plusMinutes(random.nextInt(600));
    for (int i = 0; i < count; i++) {
      if (i > 0 && random.nextInt(400) == 0) {
        comments.add(comments.get(i - 1)); // a double post: the very same comment again
        continue;
      }
      time = time.plusMinutes(random.nextInt(50) == 0 ? 60 + random.nextInt(600) : random.nextInt(40));
      comments.add(new ArchivedComment(SyntheticText.commenter(random), time, paragraphs()));
    }
    return comments;
  }

  private List<String> paragraphs() {
    if (worstCase) {
      return List.of(SyntheticText.worstCaseParagraph(random));
    }
    int roll = random.nextInt(100);
    int count = roll < 75 ? 1 : roll < 93 ? 2 : 3 + random.nextInt(2);
    List<String> paragraphs = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      paragraphs.add(SyntheticText.commentParagraph(random));
    }
    return paragraphs;
  }
}
