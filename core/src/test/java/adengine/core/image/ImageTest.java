package adengine.core.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import adengine.core.common.PayloadTooLargeException;
import adengine.core.common.UnsupportedMediaException;
import adengine.core.common.ValidationException;
import adengine.core.testing.TestImages;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ImageTest {

    @Test
    void aPngAndAJpegAreRecognisedByTheirBytes() throws IOException {
        byte[] png = encode("png", 30, 20);
        byte[] jpeg = encode("jpg", 30, 20);

        assertEquals(ImageFormat.PNG, Image.of(png).format());
        assertEquals(ImageFormat.JPEG, Image.of(jpeg).format());
        assertArrayEquals(png, Image.of(png).content());
    }

    @Test
    void textIsNotAnImageWhateverItIsCalled() {
        assertThrows(UnsupportedMediaException.class, () -> Image.of("hello, I am a png".getBytes(StandardCharsets.UTF_8)));
        assertThrows(UnsupportedMediaException.class, () -> Image.of(new byte[0]));
    }

    @Test
    void aPngSignatureWithABrokenHeaderIsRejected() throws IOException {
        byte[] png = encode("png", 30, 20);

        assertThrows(UnsupportedMediaException.class, () -> Image.of(Arrays.copyOf(png, 12)));
    }

    @Test
    void moreThanFiveMebibytesIsTooLarge() {
        byte[] big = new byte[Image.MAX_BYTES + 1];
        big[0] = (byte) 0xff;
        big[1] = (byte) 0xd8;
        big[2] = (byte) 0xff;

        assertThrows(PayloadTooLargeException.class, () -> Image.of(big));
    }

    @Test
    void aSideOverFourThousandNinetySixPixelsIsRejected() throws IOException {
        assertEquals("file", assertThrows(ValidationException.class, () -> Image.of(encode("png", 4097, 1)))
                .problems().get(0).field());
        assertEquals(ImageFormat.PNG, Image.of(encode("png", 4096, 1)).format());
    }

    @Test
    void aDeclaredPixelCountOverFourMegapixelsIsRejectedFromTheHeaderAlone() {
        byte[] bomb = TestImages.blackPng16(4096, 4096);

        ValidationException e = assertThrows(ValidationException.class, () -> Image.of(bomb));

        assertTrue(bomb.length < 512 * 1024, "a small file: " + bomb.length + " bytes");
        assertEquals("file", e.problems().get(0).field());
        assertTrue(e.problems().get(0).english().contains("4194304 pixels"), e.problems().toString());
    }

    @ParameterizedTest(name = "{0} x {1}")
    @CsvSource({"2048, 2049", "4096, 1025", "2049, 2048"})
    void oneRowOrColumnOverFourMegapixelsIsRejected(int width, int height) {
        assertThrows(ValidationException.class, () -> Image.of(TestImages.blackPng16(width, height)));
    }

    @ParameterizedTest(name = "{0} x {1}")
    @CsvSource({"2048, 2048", "4096, 1024"})
    void fourMegapixelsAreAccepted(int width, int height) {
        assertEquals(ImageFormat.PNG, Image.of(TestImages.blackPng16(width, height)).format());
    }

    @Test
    void exifWithItsGpsPositionAndCommentsAreDroppedFromAJpegAndThePixelsKept() {
        byte[] original = TestImages.jpeg(64, 48, 1);
        byte[] uploaded = TestImages.withExifGpsAndComment(original);
        assertTrue(TestImages.contains(uploaded, "Exif") && TestImages.contains(uploaded, TestImages.SECRET), "the test's own input");

        byte[] kept = Image.of(uploaded).content();

        assertFalse(TestImages.contains(kept, "Exif"), "no EXIF block");
        assertFalse(TestImages.contains(kept, TestImages.SECRET), "no GPS datum, no comment");
        assertArrayEquals(original, kept, "exactly the image without what was added");
    }

    @Test
    void aProgressiveJpegKeepsEveryScan() {
        byte[] original = TestImages.progressiveJpeg(40, 40, 2);

        byte[] kept = Image.of(TestImages.withExifGpsAndComment(original)).content();

        assertArrayEquals(original, kept);
        assertArrayEquals(TestImages.pixels(original), TestImages.pixels(kept));
    }

    @Test
    void theJpegSegmentsThatTellHowToShowColoursAreKept() {
        byte[] original = TestImages.jpeg(16, 16, 3);
        byte[] withProfile = TestImages.withSegment(original, 0xE2, "ICC_PROFILE\0\1\1profile".getBytes(StandardCharsets.ISO_8859_1));
        byte[] withAdobe = TestImages.withSegment(original, 0xEE, "Adobe\0\144\0\0\0\0\1".getBytes(StandardCharsets.ISO_8859_1));
        byte[] withPhotoshop = TestImages.withSegment(original, 0xED, ("Photoshop 3.0\0" + TestImages.SECRET).getBytes(StandardCharsets.ISO_8859_1));
        byte[] withFlashPix = TestImages.withSegment(original, 0xE2, ("FPXR\0" + TestImages.SECRET).getBytes(StandardCharsets.ISO_8859_1));

        assertArrayEquals(withProfile, Image.of(withProfile).content(), "ICC profile");
        assertArrayEquals(withAdobe, Image.of(withAdobe).content(), "Adobe colour transform");
        assertArrayEquals(original, Image.of(withPhotoshop).content(), "IPTC (APP13) dropped");
        assertArrayEquals(original, Image.of(withFlashPix).content(), "an APP2 that is no ICC profile dropped");
    }

    @Test
    void aJfifHeaderWithAThumbnailIsDropped() {
        byte[] original = TestImages.jpeg(16, 16, 4);
        byte[] jfifWithThumbnail = "JFIF\0\1\1\0\0\1\0\1\1\1\377\0\0".getBytes(StandardCharsets.ISO_8859_1);
        byte[] uploaded = TestImages.withSegment(original, 0xE0, jfifWithThumbnail);

        byte[] kept = Image.of(uploaded).content();

        assertArrayEquals(original, kept, "the one-pixel thumbnail is gone, the plain JFIF header stays");
    }

    @Test
    void textExifTimeAndBytesAfterTheEndAreDroppedFromAPng() {
        byte[] original = TestImages.png(30, 20, 5);
        byte[] uploaded = TestImages.withTextExifAndTrailer(original);
        assertTrue(TestImages.contains(uploaded, TestImages.SECRET), "the test's own input");

        byte[] kept = Image.of(uploaded).content();

        assertFalse(TestImages.contains(kept, TestImages.SECRET));
        assertFalse(TestImages.contains(kept, "eXIf") || TestImages.contains(kept, "tEXt") || TestImages.contains(kept, "tIME"));
        assertArrayEquals(original, kept);
    }

    @Test
    void animageWithoutMetadataIsKeptByteForByte() {
        byte[] png = TestImages.png(30, 20, 6);
        byte[] jpeg = TestImages.jpeg(30, 20, 6);

        assertArrayEquals(png, Image.of(png).content());
        assertArrayEquals(jpeg, Image.of(jpeg).content());
    }

    @Test
    void aJpegCutShortIsRejected() {
        byte[] jpeg = TestImages.jpeg(64, 64, 7);

        assertThrows(UnsupportedMediaException.class, () -> Image.of(Arrays.copyOf(jpeg, jpeg.length - 2)));
        assertThrows(UnsupportedMediaException.class, () -> Image.of(Arrays.copyOf(jpeg, jpeg.length / 2)));
    }

    @Test
    void aPngCutShortAfterItsHeaderIsRejected() {
        byte[] png = TestImages.png(64, 64, 8);

        assertThrows(UnsupportedMediaException.class, () -> Image.of(Arrays.copyOf(png, png.length - 4)));
        assertThrows(UnsupportedMediaException.class, () -> Image.of(Arrays.copyOf(png, 60)));
    }

    private static byte[] encode(String format, int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), format, out);
        return out.toByteArray();
    }
}
