package news.broadsheet.account;

import java.util.List;

/**
 * One page of the accounts a search finds, by name.
 *
 * @param total how many the search finds in all
 */
public record AccountList(List<AccountSummary> accounts, long total) {

  public AccountList {
    accounts = List.copyOf(accounts);
  }
}
