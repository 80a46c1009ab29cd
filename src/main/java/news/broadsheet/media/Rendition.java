package news.broadsheet.media;

/** One stored size of an image, encoded. */
public record Rendition(int width, int height, byte[] bytes) {}
