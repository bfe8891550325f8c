package adengine.core.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import adengine.core.common.PayloadTooLargeException;
import adengine.core.common.UnsupportedMediaException;
import adengine.core.common.ValidationException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

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

    private static byte[] encode(String format, int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), format, out);
        return out.toByteArray();
    }
}
