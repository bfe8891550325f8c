package adengine.core.image;

/** The image formats campaigns may carry, recognised by their first bytes. */
public enum ImageFormat {
    PNG("image/png", "png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}),
    JPEG("image/jpeg", "jpg", new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff});

    private final String contentType;
    private final String extension;
    private final byte[] signature;

    ImageFormat(String contentType, String extension, byte[] signature) {
        this.contentType = contentType;
        this.extension = extension;
        this.signature = signature;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
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
