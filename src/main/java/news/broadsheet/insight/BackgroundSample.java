package news.broadsheet.insight;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import news.broadsheet.storage.Database;

/**
 * The whole site's words, against which a discussion's phrases are distinctive: the terms of every
 * published comment on a site of up to {@value #SIZE} comments, else of {@value #SIZE} published
 * comments drawn at random (by id), drawn anew once {@link #FRESH_FOR} has passed. A story's own
 * comments are taken out of it before they are compared with it.
 */
final class BackgroundSample {

  static final int SIZE = 3000;
  static final Duration FRESH_FOR = Duration.ofMinutes(10);
  private static final int CHUNK = 500;

  private final Database database;
  private final ReactionStore store;
  private final Clock clock;
  private Sample sample;

  /** The terms of each comment drawn, with its story. */
  private record Sample(Instant drawnAt, List<Long> articles, List<Set<String>> terms, TermCounts counts) {}

  BackgroundSample(Database database, ReactionStore store, Clock clock) {
    this.database = database;
    this.store = store;
    this.clock = clock;
  }

  /** The site's term counts without the comments of this story. */
  TermCounts restOf(long articleId) {
    Sample current = current();
    TermCounts rest = current.counts().copy();
    for (int i = 0; i < current.articles().size(); i++) {
      if (current.articles().get(i) == articleId) {
        rest.remove(current.terms().get(i));
      }
    }
    return rest;
  }

  private synchronized Sample current() {
    Instant now = clock.instant();
    if (sample == null || !now.isBefore(sample.drawnAt().plus(FRESH_FOR))) {
      sample = draw(now);
    }
    return sample;
  }

  private Sample draw(Instant now) {
    List<ReactionStore.SampledText> texts = database.read(handle -> {
      long[] range = store.idRange(handle);
      if (range == null || range[1] - range[0] < 2L * SIZE) {
        return store.firstPublished(handle, 2 * SIZE);
      }
      SplittableRandom random = new SplittableRandom(now.toEpochMilli());
      List<ReactionStore.SampledText> drawn = new ArrayList<>();
      for (int round = 0; round < 4 * SIZE / CHUNK && drawn.size() < SIZE; round++) {
        Set<Long> ids = new TreeSet<>();
        while (ids.size() < CHUNK) {
          ids.add(random.nextLong(range[0], range[1] + 1));
        }
        drawn.addAll(store.published(handle, List.copyOf(ids)));
      }
      return drawn;
    });
    Terms terms = new Terms();
    List<Long> articles = new ArrayList<>();
    List<Set<String>> keys = new ArrayList<>();
    TermCounts counts = new TermCounts();
    for (ReactionStore.SampledText text : texts.subList(0, Math.min(SIZE, texts.size()))) {
      Set<String> comment = terms.of(text.text()).keySet();
      articles.add(text.articleId());
      keys.add(comment);
      counts.add(comment);
    }
    return new Sample(now, articles, keys, counts);
  }
}
