package adengine.core.image;

/** An image as the object store returns it. */
public record StoredImage(byte[] content, String contentType) {
}
