package adengine.core.image;

import adengine.core.common.UnsupportedMediaException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A JPEG without what it says about itself rather than shows: EXIF and XMP (APP1, where cameras
 * put GPS positions and thumbnails), IPTC (APP13), every other application segment, comments and
 * any bytes after the end are dropped. Kept: the segments needed to decode (tables, frame, scans),
 * a JFIF header without a thumbnail, the ICC colour profile (APP2) and the Adobe colour transform
 * (APP14). The compressed pixels are copied as they are, never decoded.
 */
final class JpegSegments {
    private static final int SOS = 0xDA;
    private static final int EOI = 0xD9;
    private static final int APP0 = 0xE0;
    private static final int APP2 = 0xE2;
    private static final int APP14 = 0xEE;
    private static final int APP15 = 0xEF;
    private static final int COM = 0xFE;
    /** "JFIF\0", version, units, densities and a 0 × 0 thumbnail, after the 2-byte length. */
    private static final int JFIF_WITHOUT_THUMBNAIL_LENGTH = 16;

    private JpegSegments() {
    }

    static byte[] withoutMetadata(byte[] jpeg) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(jpeg.length);
        out.write(jpeg, 0, 2);
        int position = 2;
        while (true) {
            position = markerStart(jpeg, position);
            int marker = jpeg[position + 1] & 0xff;
            if (marker == EOI) {
                out.write(jpeg, position, 2);
                return out.toByteArray();
            }
            if (isStandalone(marker)) {
                out.write(jpeg, position, 2);
                position += 2;
                continue;
            }
            if (jpeg.length - position < 4) {
                throw malformed();
            }
            int length = (jpeg[position + 2] & 0xff) << 8 | jpeg[position + 3] & 0xff;
            int end = position + 2 + length;
            if (length < 2 || end > jpeg.length) {
                throw malformed();
            }
            if (isKept(marker, jpeg, position + 4, length - 2)) {
                out.write(jpeg, position, end - position);
            }
            position = marker == SOS ? copyScan(jpeg, end, out) : end;
        }
    }

    /** The position of the 0xFF that starts the marker at {@code position}, past fill bytes (extra 0xFF). */
    private static int markerStart(byte[] jpeg, int position) {
        if (position >= jpeg.length || (jpeg[position] & 0xff) != 0xFF) {
            throw malformed();
        }
        int start = position;
        while (start + 1 < jpeg.length && (jpeg[start + 1] & 0xff) == 0xFF) {
            start++;
        }
        if (start + 1 >= jpeg.length) {
            throw malformed();
        }
        return start;
    }

    /** Restart markers and TEM have no length. */
    private static boolean isStandalone(int marker) {
        return marker >= 0xD0 && marker <= 0xD7 || marker == 0x01;
    }

    private static boolean isKept(int marker, byte[] jpeg, int payload, int payloadLength) {
        if (marker == APP0) {
            return payloadLength + 2 == JFIF_WITHOUT_THUMBNAIL_LENGTH && startsWith(jpeg, payload, payloadLength, "JFIF\0");
        }
        if (marker == APP2) {
            return startsWith(jpeg, payload, payloadLength, "ICC_PROFILE\0");
        }
        if (marker == APP14) {
            return startsWith(jpeg, payload, payloadLength, "Adobe");
        }
        return !(marker >= APP0 && marker <= APP15) && marker != COM;
    }

    /**
     * Copies the entropy-coded data after a scan header, up to the next marker: a 0xFF there is
     * followed by 0x00 (a stuffed byte), a restart marker or another 0xFF (fill); anything else
     * starts a marker. Returns that marker's position.
     */
    private static int copyScan(byte[] jpeg, int start, ByteArrayOutputStream out) {
        int position = start;
        while (position + 1 < jpeg.length) {
            if ((jpeg[position] & 0xff) == 0xFF) {
                int next = jpeg[position + 1] & 0xff;
                if (next != 0x00 && next != 0xFF && !(next >= 0xD0 && next <= 0xD7)) {
                    out.write(jpeg, start, position - start);
                    return position;
                }
            }
            position++;
        }
        throw malformed();
    }

    private static boolean startsWith(byte[] jpeg, int payload, int payloadLength, String prefix) {
        byte[] expected = prefix.getBytes(StandardCharsets.ISO_8859_1);
        if (payloadLength < expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if (jpeg[payload + i] != expected[i]) {
                return false;
            }
        }
        return true;
    }

    private static UnsupportedMediaException malformed() {
        return new UnsupportedMediaException("the JPEG is cut short or its segments are malformed");
    }
}
