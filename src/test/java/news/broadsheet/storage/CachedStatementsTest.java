package news.broadsheet.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.IntStream;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SQLite's statements kept between handles still answer exactly as fresh ones would. */
class CachedStatementsTest {

  @TempDir Path temp;
  private Database database;

  @BeforeEach
  void open() {
    database = Database.open(DatabaseLocation.embedded(temp));
    database.inTransaction(h -> h.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL UNIQUE)"));
  }

  @AfterEach
  void close() {
    database.close();
  }

  private long insert(String body) {
    return database.inTransaction(
        h -> h.createUpdate("INSERT INTO notes (body) VALUES (?)").bind(0, body).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
  }

  private List<String> bodiesFrom(long id) {
    return database.read(h -> h.createQuery("SELECT body FROM notes WHERE id >= ? ORDER BY id").bind(0, id).mapTo(String.class).list());
  }

  @Test
  void the_same_statement_on_handle_after_handle_binds_each_time_afresh_and_returns_each_new_key() {
    List<Long> ids = IntStream.range(0, 200).mapToObj(i -> insert("note " + i)).toList();
    assertThat(ids).doesNotHaveDuplicates().isSorted();
    assertThat(bodiesFrom(ids.get(150))).hasSize(50).first().isEqualTo("note 150");
    assertThat(bodiesFrom(ids.get(199))).containsExactly("note 199");
    assertThat(bodiesFrom(ids.get(199) + 1)).isEmpty();
  }

  @Test
  void one_text_in_use_twice_at_once_gets_two_statements() {
    insert("a");
    insert("b");
    String sql = "SELECT body FROM notes WHERE id >= ? ORDER BY id";
    List<String> pairs = database.read(h -> {
      List<String> seen = new ArrayList<>();
      Iterator<String> outer = h.createQuery(sql).bind(0, 1).mapTo(String.class).iterator();
      while (outer.hasNext()) {
        String first = outer.next();
        h.createQuery(sql).bind(0, 2).mapTo(String.class).forEach(second -> seen.add(first + second));
      }
      return seen;
    });
    assertThat(pairs).containsExactly("ab", "bb");
  }

  @Test
  void a_statement_that_failed_is_used_again_and_works() {
    insert("unique");
    assertThatThrownBy(() -> insert("unique")).isInstanceOf(UnableToExecuteStatementException.class);
    assertThat(insert("another")).isPositive();
    assertThat(bodiesFrom(0)).containsExactly("unique", "another");
  }

  @Test
  void more_texts_than_a_connection_keeps_all_still_answer() {
    for (int round = 0; round < 2; round++) {
      for (int i = 0; i < 150; i++) {
        int n = i;
        int sum = database.read(h -> h.createQuery("SELECT " + n + " + ?").bind(0, 1).mapTo(Integer.class).one());
        assertThat(sum).isEqualTo(n + 1);
      }
    }
  }
}
