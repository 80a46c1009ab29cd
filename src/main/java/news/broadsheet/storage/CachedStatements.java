package news.broadsheet.storage;

import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jdbi.v3.core.statement.DefaultStatementBuilder;
import org.jdbi.v3.core.statement.StatementBuilder;
import org.jdbi.v3.core.statement.StatementBuilderFactory;
import org.jdbi.v3.core.statement.StatementContext;
import org.sqlite.SQLiteConnection;

/**
 * Keeps SQLite's prepared statements with their connection, for the next handle that borrows it.
 * SQLite compiles a statement's text on every prepare, and a posted comment runs about ten
 * statements, on a request thread and on the writer: compiling them was a sixth of what posting
 * cost. Statements are held by the pooled connection underneath the pool's wrapper (which would
 * close them at every return), up to {@value #PER_CONNECTION} a connection, the least recently
 * used closed first. A statement is taken out while in use, so two uses of the same text at once
 * get two statements. PostgreSQL's driver keeps its own such cache; this is for SQLite only.
 */
final class CachedStatements implements StatementBuilderFactory {

  private static final int PER_CONNECTION = 64;

  private final Map<Connection, Cache> caches = new ConcurrentHashMap<>();

  @Override
  public StatementBuilder createStatementBuilder(Connection pooled) {
    try {
      Connection physical = pooled.unwrap(SQLiteConnection.class);
      Cache cache = caches.get(physical);
      if (cache == null) {
        caches.keySet().removeIf(CachedStatements::isClosed); // connections the pool has retired
        cache = caches.computeIfAbsent(physical, Cache::new);
      }
      return new Builder(cache);
    } catch (SQLException notSqlite) {
      return new DefaultStatementBuilder();
    }
  }

  private static boolean isClosed(Connection connection) {
    try {
      return connection.isClosed();
    } catch (SQLException e) {
      return true;
    }
  }

  /** The statements kept for one connection; used by one thread at a time, as the connection is. */
  private static final class Cache {
    private final Connection connection;
    private final Map<String, PreparedStatement> idle = new LinkedHashMap<>(PER_CONNECTION, 0.75f, true);

    Cache(Connection connection) {
      this.connection = connection;
    }

    PreparedStatement take(String key, Preparing preparing) throws SQLException {
      PreparedStatement kept = idle.remove(key);
      return kept != null ? kept : preparing.on(connection);
    }

    void giveBack(String key, PreparedStatement statement) throws SQLException {
      try {
        statement.clearParameters();
      } catch (SQLException unusable) {
        statement.close();
        return;
      }
      PreparedStatement other = idle.putIfAbsent(key, statement);
      if (other != null) {
        statement.close();
      }
      if (idle.size() > PER_CONNECTION) {
        var eldest = idle.entrySet().iterator();
        eldest.next().getValue().close();
        eldest.remove();
      }
    }
  }

  private interface Preparing {
    PreparedStatement on(Connection connection) throws SQLException;
  }

  /**
   * One handle's view: prepared statements from the cache (those that return generated keys
   * under their own key), updatable result sets and calls as usual.
   */
  private static final class Builder implements StatementBuilder {
    private final Cache cache;
    private final StatementBuilder plain = new DefaultStatementBuilder();
    private final Map<Statement, String> lent = new IdentityHashMap<>();

    Builder(Cache cache) {
      this.cache = cache;
    }

    @Override
    public Statement create(Connection connection, StatementContext ctx) throws SQLException {
      return plain.create(connection, ctx);
    }

    @Override
    public PreparedStatement create(Connection connection, String sql, StatementContext ctx) throws SQLException {
      if (ctx.isConcurrentUpdatable()) {
        return plain.create(connection, sql, ctx);
      }
      String key;
      Preparing preparing;
      if (!ctx.isReturningGeneratedKeys()) {
        key = sql;
        preparing = physical -> physical.prepareStatement(sql);
      } else if (ctx.getGeneratedKeysColumnNames().length > 0) {
        String[] columns = ctx.getGeneratedKeysColumnNames();
        key = String.join(",", columns) + " returned by " + sql;
        preparing = physical -> physical.prepareStatement(sql, columns);
      } else {
        key = "keys returned by " + sql;
        preparing = physical -> physical.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS);
      }
      PreparedStatement statement = cache.take(key, preparing);
      lent.put(statement, key);
      return statement;
    }

    @Override
    public CallableStatement createCall(Connection connection, String sql, StatementContext ctx) throws SQLException {
      return plain.createCall(connection, sql, ctx);
    }

    @Override
    public void close(Connection connection, String sql, Statement statement) throws SQLException {
      String kept = lent.remove(statement);
      if (kept == null) {
        plain.close(connection, sql, statement);
      } else if (connection.isClosed()) {
        statement.close();
      } else {
        cache.giveBack(kept, (PreparedStatement) statement);
      }
    }
  }
}
