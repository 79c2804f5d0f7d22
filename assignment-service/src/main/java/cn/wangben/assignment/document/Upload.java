package cn.wangben.assignment.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * A file as received. {@code filename} is what the client called it: shown back to the user, never used for a storage
 * key or to decide the type. {@code size} is what the server received, checked before the content is read.
 */
public record Upload(String filename, long size, Source source) {

    @FunctionalInterface
    public interface Source {
        InputStream open() throws IOException;
    }

    /** Reads the content, refusing it past {@code maxBytes} even if {@code size} understated it. */
    public byte[] read(long maxBytes) {
        if (size > maxBytes) {
            throw new UploadTooLarge(size, maxBytes);
        }
        try (InputStream in = source.open()) {
            byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (content.length > maxBytes) {
                throw new UploadTooLarge(content.length, maxBytes);
            }
            return content;
        } catch (IOException e) {
            throw new UncheckedIOException("upload could not be read", e);
        }
    }

    /** The client's name without any path, for display only. */
    public String displayName() {
        if (filename == null || filename.isBlank()) {
            return null;
        }
        String name = filename.substring(Math.max(filename.lastIndexOf('/'), filename.lastIndexOf('\\')) + 1);
        return name.length() > 200 ? name.substring(0, 200) : name;
    }
}
