package cn.wangben.assignment.document;

/**
 * Bounds on an Office (ZIP) file, checked while decompressing it once before any parser sees it.
 *
 * @param maxEntries most entries in the archive
 * @param maxUncompressedBytes most bytes all entries may decompress to, together
 * @param maxCompressionRatio most uncompressed bytes per compressed byte of one entry, once it is past
 *     {@link #RATIO_GRACE_BYTES} (small XML parts legitimately compress very well)
 */
public record ArchiveLimits(int maxEntries, long maxUncompressedBytes, int maxCompressionRatio) {
    public static final long RATIO_GRACE_BYTES = 1024 * 1024;

    public ArchiveLimits {
        if (maxEntries < 1 || maxUncompressedBytes < 1 || maxCompressionRatio < 1) {
            throw new IllegalArgumentException("archive limits must be positive");
        }
    }
}
