package news.broadsheet.desk;

import java.util.Objects;

/**
 * A section of the site, with the page {@code /sections/{slug}}.
 *
 * @param position its place in the navigation, from 1
 * @param inNavigation whether the site's navigation lists it
 */
public record Section(long id, String name, String slug, int position, boolean inNavigation) {
  public Section {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(slug, "slug");
  }
}
