package adengine.core.image;

import adengine.core.common.PayloadTooLargeException;
import adengine.core.common.Rule;
import adengine.core.common.UnsupportedMediaException;
import adengine.core.common.ValidationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Objects;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * An uploaded campaign image, validated by its content, never by its name: a PNG or a JPEG whose
 * header decodes, at most {@value #MAX_BYTES} bytes, {@value #MAX_SIDE} pixels a side and
 * {@value #MAX_PIXELS} pixels in all. The sizes are read from the header, never by decoding the
 * pixels: a small file can declare an image that takes hundreds of MiB to decode, here or in the
 * apps that show the ad. What is kept is the image without its metadata (see
 * {@link ImageFormat#withoutMetadata}), since anyone may download it.
 */
public final class Image {
    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final int MAX_SIDE = 4096;
    /** 4 megapixels (2048 × 2048, 4096 × 1024): at most 32 MiB once decoded, even at 16 bits per channel with alpha. */
    public static final int MAX_PIXELS = 2048 * 2048;

    private final byte[] content;
    private final ImageFormat format;

    private Image(byte[] content, ImageFormat format) {
        this.content = content;
        this.format = format;
    }

    /**
     * @throws PayloadTooLargeException over 5 MiB
     * @throws UnsupportedMediaException not a PNG or JPEG with a readable header
     * @throws ValidationException more than 4096 pixels a side or 4 megapixels in all
     */
    public static Image of(byte[] content) {
        Objects.requireNonNull(content);
        if (content.length > MAX_BYTES) {
            throw new PayloadTooLargeException("an image may have at most 5 MiB, this one has " + content.length + " bytes");
        }
        ImageFormat format = format(content);
        int[] size = dimensions(content, format);
        if (size[0] > MAX_SIDE || size[1] > MAX_SIDE) {
            throw new ValidationException("file", Rule.IMAGE_SIDE_TOO_LONG, MAX_SIDE, MAX_SIDE, size[0], size[1]);
        }
        long pixels = (long) size[0] * size[1];
        if (pixels > MAX_PIXELS) {
            throw new ValidationException("file", Rule.IMAGE_TOO_MANY_PIXELS, MAX_PIXELS, size[0], size[1], pixels);
        }
        return new Image(format.withoutMetadata(content), format);
    }

    public byte[] content() {
        return content.clone();
    }

    public ImageFormat format() {
        return format;
    }

    private static ImageFormat format(byte[] content) {
        for (ImageFormat format : ImageFormat.values()) {
            if (format.startsWith(content)) {
                return format;
            }
        }
        throw new UnsupportedMediaException("the file is neither a PNG nor a JPEG image");
    }

    /** Width and height from the header, without decoding the pixels. */
    private static int[] dimensions(byte[] content, ImageFormat format) {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(format.contentType());
            if (input == null || !readers.hasNext()) {
                throw new UnsupportedMediaException("no reader for " + format.contentType());
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                return new int[] {reader.getWidth(0), reader.getHeight(0)};
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof UnsupportedMediaException unsupported) {
                throw unsupported;
            }
            throw new UnsupportedMediaException("the " + format.name() + " header cannot be read: " + e.getMessage());
        }
    }
}
