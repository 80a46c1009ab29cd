package news.broadsheet.desk;

import java.util.Objects;
import news.broadsheet.account.User;

/**
 * Who a revision is by: an account (with its name at the time), or the desk itself (the scheduler,
 * an archive's original text).
 */
record Actor(Long accountId, String name) {

  static final Actor SCHEDULER = new Actor(null, "Scheduler");
  static final Actor ARCHIVE = new Actor(null, "Archive");

  Actor {
    Objects.requireNonNull(name, "name");
  }

  static Actor of(User user) {
    return new Actor(user.id(), user.name());
  }
}
