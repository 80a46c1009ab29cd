package news.broadsheet.media;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.regex.Pattern;
import news.broadsheet.settings.SettingsService;
import news.broadsheet.storage.Database;

/**
 * Images of the desk: uploads are checked, decoded, re-encoded at several widths and stored in
 * the database with their alt text, caption and credit, whole or not at all. One image is decoded
 * at a time, so that parallel uploads cannot take the heap between them.
 */
public final class MediaService {

  private static final Pattern KEY = Pattern.compile("[0-9a-f]{24}");

  private final Database database;
  private final MediaStore store;
  private final SettingsService settings;
  private final Clock clock;
  private final ImageProcessor processor = new ImageProcessor();
  private final Semaphore decoding = new Semaphore(1);

  public MediaService(Database database, MediaStore store, SettingsService settings, Clock clock) {
    this.database = database;
    this.store = store;
    this.settings = settings;
    this.clock = clock;
  }

  /** The largest upload taken, in bytes. */
  public long maxUploadBytes() {
    return settings.get(MediaSettings.MAX_UPLOAD_MB) * 1024L * 1024L;
  }

  /**
   * Stores an uploaded image. The same file uploaded again is the same image: it is stored once
   * and its words are those of the first upload.
   *
   * @param accountId the uploader's account, or null
   * @throws MediaException when the file is too large, not a JPEG, PNG or WebP image, damaged or
   *     too many pixels, or the words break a rule; nothing is stored then
   */
  public Media upload(byte[] bytes, MediaText text, Long accountId) {
    MediaText checked = text.checked();
    if (bytes.length > maxUploadBytes()) {
      throw new MediaException(MediaError.TOO_LARGE, "file", "The file has " + megabytes(bytes.length)
          + "; the desk takes images of at most " + settings.get(MediaSettings.MAX_UPLOAD_MB) + " MB.");
    }
    return store(keyOf(bytes), bytes, checked, accountId);
  }

  /** Stores an image under the key it had where it came from (an export), unless it is here already. */
  public Media importImage(String key, byte[] bytes, MediaText text) {
    if (!isKey(key)) {
      throw new MediaException(MediaError.INVALID_TEXT, "key", "'" + key + "' is not an image key.");
    }
    return store(key, bytes, text.checked(), null);
  }

  private Media store(String key, byte[] bytes, MediaText text, Long accountId) {
    Optional<Media> known = find(key);
    if (known.isPresent()) {
      return known.get();
    }
    ImageProcessor.Processed processed = processExclusively(bytes);
    long now = clock.millis();
    database.inTransaction(handle -> {
      if (!store.exists(handle, key)) {
        store.insert(handle, key, processed.format(), text, accountId, now, processed.renditions());
      }
      return null;
    });
    return find(key).orElseThrow();
  }

  private ImageProcessor.Processed processExclusively(byte[] bytes) {
    decoding.acquireUninterruptibly();
    try {
      return processor.process(bytes);
    } finally {
      decoding.release();
    }
  }

  public Optional<Media> find(String key) {
    return isKey(key) ? database.read(handle -> store.find(handle, key)) : Optional.empty();
  }

  /** The encoded bytes of one rendition, when the image has one of that width. */
  public Optional<byte[]> rendition(String key, int width) {
    return isKey(key) ? database.read(handle -> store.rendition(handle, key, width)) : Optional.empty();
  }

  /** Changes the words that go with an image. */
  public Media describe(String key, MediaText text) {
    MediaText checked = text.checked();
    find(key).orElseThrow(() -> new MediaException(MediaError.NOT_AN_IMAGE, "key", "There is no image " + key + "."));
    database.inTransaction(handle -> {
      store.updateText(handle, key, checked);
      return null;
    });
    return find(key).orElseThrow();
  }

  public static boolean isKey(String key) {
    return key != null && KEY.matcher(key).matches();
  }

  /** The first 96 bits of the file's SHA-256, in hex: the same file has the same key everywhere. */
  static String keyOf(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 24);
    } catch (NoSuchAlgorithmException missing) {
      throw new IllegalStateException("every Java runtime has SHA-256", missing);
    }
  }

  private static String megabytes(long bytes) {
    return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
  }
}
