package news.broadsheet.search;

import java.util.List;

/**
 * A story or a comment as read for indexing.
 *
 * @param sectionId the section of the story (a comment's story), or null
 * @param visible whether readers may see it (a published story; a published comment on one)
 * @param fields the texts searched, in order: a story's headline, standfirst, authors and body; a
 *     comment's text
 */
record IndexedItem(
    DocumentKind kind,
    long id,
    long articleId,
    boolean visible,
    long epochSecond,
    String source,
    Long sectionId,
    List<String> authors,
    List<String> fields) {}
