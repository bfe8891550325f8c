package adengine.core.testing;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Real PNG and JPEG files for image tests, and the same files carrying what a camera or an editor
 * adds: an EXIF block with a GPS position, text chunks, comments, bytes after the end. Every piece
 * of metadata contains {@link #SECRET}, so a test can tell whether any of it is left.
 */
public final class TestImages {
    /** Written into every piece of metadata the builders below add. */
    public static final String SECRET = "SECRET-PLACE";

    private TestImages() {
    }

    /** A PNG of random pixels (seeded, so the same arguments give the same file). */
    public static byte[] png(int width, int height, long seed) {
        return encode(randomImage(width, height, seed), "png", false);
    }

    public static byte[] jpeg(int width, int height, long seed) {
        return encode(randomImage(width, height, seed), "jpg", false);
    }

    /** A progressive JPEG: several scans, with tables between them. */
    public static byte[] progressiveJpeg(int width, int height, long seed) {
        return encode(randomImage(width, height, seed), "jpg", true);
    }

    /** The JPEG with an EXIF block holding a GPS position (APP1) and a comment (COM) right after its start. */
    public static byte[] withExifGpsAndComment(byte[] jpeg) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.writeBytes(segment(0xE1, concat("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1), tiffWithGps())));
        out.writeBytes(segment(0xFE, ("taken at the " + SECRET).getBytes(StandardCharsets.ISO_8859_1)));
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    /** The JPEG with an extra segment right after its start. */
    public static byte[] withSegment(byte[] jpeg, int marker, byte[] payload) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.writeBytes(segment(marker, payload));
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    /** The PNG with text, EXIF (with a GPS position) and time chunks after its header, and bytes after its end. */
    public static byte[] withTextExifAndTrailer(byte[] png) {
        int afterHeader = 8 + 12 + 13;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(png, 0, afterHeader);
        out.writeBytes(chunk("tEXt", ("Comment\0" + SECRET).getBytes(StandardCharsets.ISO_8859_1)));
        out.writeBytes(chunk("eXIf", tiffWithGps()));
        out.writeBytes(chunk("tIME", new byte[] {0x07, (byte) 0xE9, 1, 2, 3, 4, 5}));
        out.write(png, afterHeader, png.length - afterHeader);
        out.writeBytes(SECRET.getBytes(StandardCharsets.ISO_8859_1));
        return out.toByteArray();
    }

    /**
     * A PNG of {@code width} × {@code height} black pixels at 16 bits per channel with alpha:
     * a few hundred KiB on disk for a 4096 × 4096 image that takes 128 MiB to decode. Written row
     * by row, never held decoded.
     */
    public static byte[] blackPng16(int width, int height) {
        ByteBuffer header = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 16).put((byte) 6)
                .put((byte) 0).put((byte) 0).put((byte) 0);
        ByteArrayOutputStream pixels = new ByteArrayOutputStream();
        byte[] row = new byte[1 + width * 8];
        try (DeflaterOutputStream deflate = new DeflaterOutputStream(pixels, new Deflater(Deflater.BEST_COMPRESSION), 1 << 16)) {
            for (int y = 0; y < height; y++) {
                deflate.write(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        out.writeBytes(chunk("IHDR", header.array()));
        out.writeBytes(chunk("IDAT", pixels.toByteArray()));
        out.writeBytes(chunk("IEND", new byte[0]));
        return out.toByteArray();
    }

    /** The decoded pixels, as ARGB values row by row. */
    public static int[] pixels(byte[] image) {
        try {
            BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(image));
            if (decoded == null) {
                throw new AssertionError("not a readable image");
            }
            return decoded.getRGB(0, 0, decoded.getWidth(), decoded.getHeight(), null, 0, decoded.getWidth());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether {@code bytes} contain {@code text} (as ISO-8859-1 bytes) anywhere. */
    public static boolean contains(byte[] bytes, String text) {
        byte[] needle = text.getBytes(StandardCharsets.ISO_8859_1);
        outer:
        for (int i = 0; i + needle.length <= bytes.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (bytes[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /**
     * A big-endian TIFF structure as EXIF stores it: IFD0 with only a pointer to a GPS IFD that
     * holds latitude 51° 30′ 12.34″ N, longitude 0° 7′ 39″ E and a map datum naming {@link #SECRET}.
     */
    private static byte[] tiffWithGps() {
        byte[] datum = ("WGS-84 " + SECRET + "\0").getBytes(StandardCharsets.ISO_8859_1);
        int gpsIfd = 8 + 2 + 12 + 4;
        int data = gpsIfd + 2 + 5 * 12 + 4;
        ByteBuffer tiff = ByteBuffer.allocate(data + 24 + 24 + datum.length);
        tiff.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8);
        tiff.putShort((short) 1);
        entry(tiff, 0x8825, 4, 1, gpsIfd);
        tiff.putInt(0);
        tiff.putShort((short) 5);
        tiff.putShort((short) 0x0001).putShort((short) 2).putInt(2).put((byte) 'N').put((byte) 0).putShort((short) 0);
        entry(tiff, 0x0002, 5, 3, data);
        tiff.putShort((short) 0x0003).putShort((short) 2).putInt(2).put((byte) 'E').put((byte) 0).putShort((short) 0);
        entry(tiff, 0x0004, 5, 3, data + 24);
        entry(tiff, 0x0012, 2, datum.length, data + 48);
        tiff.putInt(0);
        tiff.putInt(51).putInt(1).putInt(30).putInt(1).putInt(1234).putInt(100);
        tiff.putInt(0).putInt(1).putInt(7).putInt(1).putInt(3900).putInt(100);
        tiff.put(datum);
        return tiff.array();
    }

    private static void entry(ByteBuffer tiff, int tag, int type, int count, int valueOrOffset) {
        tiff.putShort((short) tag).putShort((short) type).putInt(count).putInt(valueOrOffset);
    }

    private static byte[] segment(int marker, byte[] payload) {
        return ByteBuffer.allocate(4 + payload.length).put((byte) 0xFF).put((byte) marker)
                .putShort((short) (payload.length + 2)).put(payload).array();
    }

    private static byte[] chunk(String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.ISO_8859_1);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length).putInt(data.length).put(typeBytes).put(data)
                .putInt((int) crc.getValue()).array();
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    private static BufferedImage randomImage(int width, int height, long seed) {
        Random random = new Random(seed);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        return image;
    }

    private static byte[] encode(BufferedImage image, String format, boolean progressive) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName(format).next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (progressive) {
                param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
            }
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
