package db.migration.sqlite;

import news.broadsheet.moderation.LegacyReasonStore;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/** Reads the reasons older versions stored as words into typed reasons, once (sqlite). */
public final class V61__Typed_reasons extends BaseJavaMigration {

  @Override
  public void migrate(Context context) throws Exception {
    LegacyReasonStore.convert(context.getConnection());
  }
}
