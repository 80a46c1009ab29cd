package news.broadsheet.moderation;

import java.util.Objects;

/** A comment's text with a moderator's label: the classifier's training and test examples. */
public record LabelledText(String text, Label label) {
  public LabelledText {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(label, "label");
  }
}
