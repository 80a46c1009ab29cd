package news.broadsheet.desk;

import java.util.List;

/** How one field of a story differs between two revisions: its words, in order, each kept, removed or added. */
public record FieldDiff(String field, List<DiffPiece> pieces) {
  public FieldDiff {
    pieces = List.copyOf(pieces);
  }
}
