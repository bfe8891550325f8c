package adengine.core.image;

import adengine.core.common.UnsupportedMediaException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * A PNG without what it says about itself rather than shows: only the header, the palette, the
 * pixel data, the end and the chunks that say how to render colours (transparency, gamma,
 * chromaticities, sRGB, ICC profile, significant bits) are kept. Text (tEXt, zTXt, iTXt), EXIF
 * (eXIf), time stamps, private chunks and any bytes after the end are dropped; the pixels are
 * copied as they are, never decoded.
 */
final class PngChunks {
    private static final int SIGNATURE_LENGTH = 8;
    /** Length, type and CRC around each chunk's data. */
    private static final int CHUNK_FRAME = 12;
    private static final Set<String> KEPT = Set.of("IHDR", "PLTE", "IDAT", "IEND", "tRNS", "gAMA", "cHRM", "sRGB", "iCCP", "sBIT");

    private PngChunks() {
    }

    static byte[] withoutMetadata(byte[] png) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(png.length);
        out.write(png, 0, SIGNATURE_LENGTH);
        int position = SIGNATURE_LENGTH;
        while (true) {
            if (png.length - position < CHUNK_FRAME) {
                throw malformed();
            }
            long length = Integer.toUnsignedLong(
                    (png[position] & 0xff) << 24 | (png[position + 1] & 0xff) << 16 | (png[position + 2] & 0xff) << 8 | png[position + 3] & 0xff);
            if (length > png.length - position - CHUNK_FRAME) {
                throw malformed();
            }
            String type = new String(png, position + 4, 4, StandardCharsets.ISO_8859_1);
            int end = position + CHUNK_FRAME + (int) length;
            if (KEPT.contains(type)) {
                out.write(png, position, end - position);
            }
            if (type.equals("IEND")) {
                return out.toByteArray();
            }
            position = end;
        }
    }

    private static UnsupportedMediaException malformed() {
        return new UnsupportedMediaException("the PNG is cut short or its chunks are malformed");
    }
}
