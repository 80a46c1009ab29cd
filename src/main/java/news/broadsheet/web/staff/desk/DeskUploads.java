package news.broadsheet.web.staff.desk;

import java.io.IOException;
import java.io.InputStream;
import news.broadsheet.account.User;
import news.broadsheet.media.Media;
import news.broadsheet.media.MediaService;
import news.broadsheet.media.MediaText;

/**
 * The images sent with the editor's form: the lead image takes its place, and a figure goes at
 * the end of the body as {@code ![alt](media:KEY "caption")}, where the writer may move it.
 */
final class DeskUploads {

  private final MediaService media;

  DeskUploads(MediaService media) {
    this.media = media;
  }

  /** The form with the uploaded images in their places; a refused upload throws, naming its field. */
  StoryForm apply(StoryForm form, User by) {
    StoryForm result = form;
    if (form.lead().chosen()) {
      result = result.with("leadMedia", store(form.lead(), "lead", by).key());
    }
    if (form.figure().chosen()) {
      Media figure = store(form.figure(), "figure", by);
      String body = result.get("body").stripTrailing();
      String caption = form.figure().caption().strip();
      String markup = "![" + escapeAlt(form.figure().alt().strip()) + "](media:" + figure.key()
          + (caption.isEmpty() ? "" : " \"" + caption.replace("\\", "\\\\").replace("\"", "\\\"") + "\"") + ")";
      result = result.with("body", body.isEmpty() ? markup : body + "\n\n" + markup);
    }
    return result;
  }

  private Media store(StoryForm.Upload upload, String prefix, User by) {
    if (upload.size() > media.maxUploadBytes()) {
      throw new StoryForm.FieldProblem(prefix + "File", "The image has " + upload.size() / (1024 * 1024)
          + " MB or more; the desk takes images of at most " + media.maxUploadBytes() / (1024 * 1024) + " MB.");
    }
    byte[] bytes;
    try (InputStream in = upload.content().open()) {
      bytes = in.readAllBytes();
    } catch (IOException unreadable) {
      throw new StoryForm.FieldProblem(prefix + "File", "The image could not be read; please choose it again.");
    }
    try {
      return media.upload(bytes, new MediaText(upload.alt(), upload.caption(), upload.credit()), by.id());
    } catch (news.broadsheet.media.MediaException refused) {
      String field = refused.field() == null || refused.field().equals("file") ? "File"
          : Character.toUpperCase(refused.field().charAt(0)) + refused.field().substring(1);
      throw new StoryForm.FieldProblem(prefix + field, refused.getMessage());
    }
  }

  private static String escapeAlt(String alt) {
    return alt.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]");
  }
}
