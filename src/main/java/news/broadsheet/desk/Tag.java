package news.broadsheet.desk;

import java.util.Objects;

/** A tag, with the page {@code /tags/{slug}}. */
public record Tag(long id, String name, String slug) {
  public Tag {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(slug, "slug");
  }
}
