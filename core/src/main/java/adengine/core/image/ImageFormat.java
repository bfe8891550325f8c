package adengine.core.image;

import java.util.function.UnaryOperator;

/** The image formats campaigns may carry, recognised by their first bytes. */
public enum ImageFormat {
    PNG("image/png", "png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, PngChunks::withoutMetadata),
    JPEG("image/jpeg", "jpg", new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff}, JpegSegments::withoutMetadata);

    private final String contentType;
    private final String extension;
    private final byte[] signature;
    private final UnaryOperator<byte[]> metadataStripper;

    ImageFormat(String contentType, String extension, byte[] signature, UnaryOperator<byte[]> metadataStripper) {
        this.contentType = contentType;
        this.extension = extension;
        this.signature = signature;
        this.metadataStripper = metadataStripper;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    /**
     * The same image without its metadata (EXIF with GPS positions, text, comments, thumbnails):
     * it is served publicly. Throws {@link adengine.core.common.UnsupportedMediaException} when the
     * file's structure is malformed.
     */
    byte[] withoutMetadata(byte[] content) {
        return metadataStripper.apply(content);
    }

    boolean startsWith(byte[] content) {
        if (content.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if (content[i] != signature[i]) {
                return false;
            }
        }
        return true;
    }
}
