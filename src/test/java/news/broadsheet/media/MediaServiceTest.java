package news.broadsheet.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import news.broadsheet.App;
import news.broadsheet.testing.DatabaseKind;
import news.broadsheet.testing.TestApps;
import news.broadsheet.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MediaServiceTest {

  private static final MediaText WORDS = new MediaText("Cranes at the port", "The new cranes", "Photo: Ayesha Khan");

  @TempDir Path temp;

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void a_photo_is_stored_at_several_widths_turned_upright_without_its_metadata(DatabaseKind kind) {
    try (App app = TestApps.on(TestDatabases.fresh(kind, temp))) {
      byte[] photo = Images.photoWithExif(Images.halves(2000, 1000, false), "GPSLatitude 24.8607 N secret");
      Media media = app.media().upload(photo, WORDS, null);
      assertThat(media.format()).isEqualTo(MediaFormat.JPEG);
      assertThat(media.widths()).containsExactly(320, 640, 960, 1000);
      assertThat(media.width()).isEqualTo(1000);
      assertThat(media.height()).isEqualTo(2000);
      byte[] largest = app.media().rendition(media.key(), 1000).orElseThrow();
      assertThat(new String(largest, StandardCharsets.ISO_8859_1)).doesNotContain("GPSLatitude", "Exif", "secret");
      BufferedImage upright = Images.decode(largest);
      assertThat(upright.getHeight()).isEqualTo(2000);
      assertThat(new java.awt.Color(upright.getRGB(500, 100)).getRed()).isGreaterThan(200);
      assertThat(new java.awt.Color(upright.getRGB(500, 1900)).getBlue()).isGreaterThan(200);
      assertThat(Images.decode(app.media().rendition(media.key(), 320).orElseThrow()).getHeight()).isEqualTo(640);
      assertThat(app.media().find(media.key())).contains(media);
    }
  }

  @Test
  void transparency_keeps_a_png_and_an_opaque_png_becomes_a_jpeg_without_its_text() {
    try (App app = TestApps.on(TestDatabases.fresh(DatabaseKind.SQLITE, temp))) {
      Media drawing = app.media().upload(Images.encode(Images.halves(300, 200, true), "png"), WORDS, null);
      assertThat(drawing.format()).isEqualTo(MediaFormat.PNG);
      assertThat(drawing.widths()).containsExactly(300);
      Media opaque = app.media().upload(Images.pngWithText(Images.halves(700, 350, false), "taken at my house"), WORDS, null);
      assertThat(opaque.format()).isEqualTo(MediaFormat.JPEG);
      assertThat(opaque.srcset()).isEqualTo("/media/" + opaque.key() + "/320.jpg 320w, /media/" + opaque.key()
          + "/640.jpg 640w, /media/" + opaque.key() + "/700.jpg 700w");
      assertThat(new String(app.media().rendition(opaque.key(), 700).orElseThrow(), StandardCharsets.ISO_8859_1))
          .doesNotContain("taken at my house");
    }
  }

  @Test
  void a_webp_is_taken_and_served_as_jpeg() throws IOException {
    try (App app = TestApps.on(TestDatabases.fresh(DatabaseKind.SQLITE, temp));
        InputStream webp = getClass().getResourceAsStream("/media/checks.webp")) {
      Media media = app.media().upload(webp.readAllBytes(), WORDS, null);
      assertThat(media.format()).isEqualTo(MediaFormat.JPEG);
      assertThat(media.width()).isEqualTo(480);
      assertThat(media.height()).isEqualTo(320);
    }
  }

  @Test
  void the_same_file_twice_is_one_image() {
    try (App app = TestApps.on(TestDatabases.fresh(DatabaseKind.SQLITE, temp))) {
      byte[] photo = Images.encode(Images.halves(400, 300, false), "jpg");
      Media first = app.media().upload(photo, WORDS, null);
      Media second = app.media().upload(photo, new MediaText("Other words", "", ""), null);
      assertThat(second).isEqualTo(first);
    }
  }

  @Test
  void files_that_are_not_usable_images_are_refused_with_the_reason_and_nothing_is_stored() {
    try (App app = TestApps.on(TestDatabases.fresh(DatabaseKind.SQLITE, temp))) {
      byte[] jpeg = Images.encode(Images.halves(400, 300, false), "jpg");
      assertRefused(app, "just some text".getBytes(StandardCharsets.UTF_8), MediaError.NOT_AN_IMAGE,
          "The file cannot be used: it is not an image. The desk takes JPEG, PNG and WebP images.");
      assertRefused(app, Images.encode(Images.halves(40, 30, false), "gif"), MediaError.NOT_AN_IMAGE,
          "The file cannot be used: it is a GIF image. The desk takes JPEG, PNG and WebP images.");
      assertRefused(app, java.util.Arrays.copyOf(jpeg, jpeg.length / 3), MediaError.NOT_AN_IMAGE, null);
      assertRefused(app, Images.pngClaiming(30_000, 30_000), MediaError.TOO_MANY_PIXELS,
          "The image is 30000 × 30000 pixels; the desk takes images of at most 50 megapixels and 20000 pixels a side.");
      app.settings().set("media.max-upload-mb", "1", "test");
      assertRefused(app, new byte[1_572_864], MediaError.TOO_LARGE,
          "The file has 1.5 MB; the desk takes images of at most 1 MB.");
      assertThatThrownBy(() -> app.media().upload(jpeg, new MediaText(" ", "", ""), null))
          .isInstanceOfSatisfying(MediaException.class, e -> assertThat(e.field()).isEqualTo("alt"));
    }
  }

  private static void assertRefused(App app, byte[] file, MediaError error, String message) {
    assertThatThrownBy(() -> app.media().upload(file, WORDS, null))
        .isInstanceOfSatisfying(MediaException.class, e -> {
          assertThat(e.error()).isEqualTo(error);
          if (message != null) {
            assertThat(e.getMessage()).isEqualTo(message);
          }
        });
    assertThat(app.media().find(MediaService.keyOf(file))).isEmpty();
  }
}
