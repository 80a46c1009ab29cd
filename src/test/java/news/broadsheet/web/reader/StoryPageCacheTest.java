package news.broadsheet.web.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import news.broadsheet.comment.CommentSort;
import org.junit.jupiter.api.Test;

class StoryPageCacheTest {

  private final PersonalizedPage.Holes holes = PersonalizedPage.Holes.random();

  private PersonalizedPage page(String text) {
    return PersonalizedPage.of(holes, output -> output.writeContent(text));
  }

  @Test
  void serves_a_page_rendered_once_until_its_story_changes() {
    StoryPageCache cache = new StoryPageCache(60, () -> true);
    AtomicInteger renders = new AtomicInteger();
    cache.get(1, "s", CommentSort.OLDEST, 1, CommentForm.Mode.GUEST, () -> page("v" + renders.incrementAndGet()));
    cache.get(1, "s", CommentSort.OLDEST, 1, CommentForm.Mode.GUEST, () -> page("v" + renders.incrementAndGet()));
    assertThat(renders).hasValue(1);
    cache.invalidate(2);
    cache.get(1, "s", CommentSort.OLDEST, 1, CommentForm.Mode.GUEST, () -> page("v" + renders.incrementAndGet()));
    cache.invalidate(1);
    PersonalizedPage fresh = cache.get(1, "s", CommentSort.OLDEST, 1, CommentForm.Mode.GUEST, () -> page("v" + renders.incrementAndGet()));
    assertThat(new String(fresh.fill("", ""))).isEqualTo("v2");
  }

  @Test
  void a_page_rendered_while_its_story_changed_is_not_served_afterwards() {
    StoryPageCache cache = new StoryPageCache(60, () -> true);
    // The change is acknowledged while the page is rendered from data read before it.
    cache.get(1, "s", CommentSort.OLDEST, 1, CommentForm.Mode.GUEST, () -> {
      cache.invalidate(1);
      return page("stale");
    });
    PersonalizedPage next = cache.get(1, "s", CommentSort.OLDEST, 1, CommentForm.Mode.GUEST, () -> page("fresh"));
    assertThat(new String(next.fill("", ""))).isEqualTo("fresh");
  }

  @Test
  void each_form_mode_has_its_own_page() {
    StoryPageCache cache = new StoryPageCache(60, () -> true);
    for (CommentForm.Mode mode : CommentForm.Mode.values()) {
      cache.get(1, "s", CommentSort.OLDEST, 1, mode, () -> page(mode.name()));
    }
    PersonalizedPage signedIn = cache.get(1, "s", CommentSort.OLDEST, 1, CommentForm.Mode.ACCOUNT, () -> page("again"));
    assertThat(new String(signedIn.fill("", ""))).isEqualTo("ACCOUNT");
  }

  @Test
  void nothing_is_kept_for_an_address_that_is_not_a_page_or_when_the_cache_is_off() {
    StoryPageCache cache = new StoryPageCache(60, () -> true);
    assertThat(cache.get(1, "old-slug", CommentSort.OLDEST, 1, CommentForm.Mode.GUEST, () -> null)).isNull();
    AtomicInteger renders = new AtomicInteger();
    StoryPageCache off = new StoryPageCache(0, () -> true);
    off.get(1, "s", CommentSort.OLDEST, 1, CommentForm.Mode.GUEST, () -> page("v" + renders.incrementAndGet()));
    off.get(1, "s", CommentSort.OLDEST, 1, CommentForm.Mode.GUEST, () -> page("v" + renders.incrementAndGet()));
    assertThat(renders).hasValue(2);
  }

  @Test
  void while_changes_may_go_unheard_every_request_is_rendered_and_afterwards_nothing_older_is_served() {
    AtomicBoolean current = new AtomicBoolean(true);
    StoryPageCache cache = new StoryPageCache(60, current::get);
    AtomicInteger renders = new AtomicInteger();
    cache.get(1, "s", CommentSort.OLDEST, 1, CommentForm.Mode.GUEST, () -> page("v" + renders.incrementAndGet()));
    current.set(false);
    cache.get(1, "s", CommentSort.OLDEST, 1, CommentForm.Mode.GUEST, () -> page("v" + renders.incrementAndGet()));
    cache.get(1, "s", CommentSort.OLDEST, 1, CommentForm.Mode.GUEST, () -> page("v" + renders.incrementAndGet()));
    assertThat(renders).hasValue(3);
    current.set(true);
    cache.invalidateAll();
    PersonalizedPage after = cache.get(1, "s", CommentSort.OLDEST, 1, CommentForm.Mode.GUEST, () -> page("v" + renders.incrementAndGet()));
    assertThat(new String(after.fill("", ""))).isEqualTo("v4");
  }
}
