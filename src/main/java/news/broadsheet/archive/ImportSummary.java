package news.broadsheet.archive;

import java.util.ArrayList;
import java.util.List;

/** The counts of an import, kept as files are committed. */
public final class ImportSummary {

  private long articlesNew;
  private long articlesUpdated;
  private long articlesUnchanged;
  private long commentsAdded;
  private final List<Refusal> refused = new ArrayList<>();

  void stored(ImportOutcome outcome, int comments) {
    switch (outcome) {
      case NEW -> articlesNew++;
      case UPDATED -> articlesUpdated++;
      case UNCHANGED -> articlesUnchanged++;
    }
    commentsAdded += comments;
  }

  void refused(Refusal reason) {
    refused.add(reason);
  }

  public long articlesNew() {
    return articlesNew;
  }

  public long articlesUpdated() {
    return articlesUpdated;
  }

  public long articlesUnchanged() {
    return articlesUnchanged;
  }

  public long commentsAdded() {
    return commentsAdded;
  }

  public long filesStored() {
    return articlesNew + articlesUpdated + articlesUnchanged;
  }

  public List<Refusal> refusals() {
    return List.copyOf(refused);
  }

  /** One line for people and logs. */
  public String line() {
    return String.format(
        "articles %d new, %d updated, %d unchanged; comments %d added; files refused %d",
        articlesNew, articlesUpdated, articlesUnchanged, commentsAdded, refused.size());
  }
}
