package news.broadsheet.desk;

import java.util.Objects;

/**
 * An author's profile, with the page {@code /authors/{slug}}.
 *
 * @param bio a few sentences about the author, or ""
 * @param accountId the staff account of the author, or null
 */
public record Author(long id, String name, String slug, String bio, Long accountId) {
  public Author {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(slug, "slug");
    Objects.requireNonNull(bio, "bio");
  }
}
