package cn.wangben.assignment.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;

/**
 * Decompresses every entry of an Office file once, counting real bytes (declared sizes can lie), and stops at the first
 * sign of a zip bomb or of a DTD. It reads the archive the way POI's {@code OPCPackage.open(InputStream)} does (local
 * headers, streaming), so what is checked here is what the parser later reads.
 */
final class ZipGuard {
    private static final byte[] DOCTYPE = "<!DOCTYPE".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private final ArchiveLimits limits;

    ZipGuard(ArchiveLimits limits) {
        this.limits = limits;
    }

    /** Returns the entry names, or refuses the file. */
    Set<String> entries(byte[] content) {
        Set<String> names = new LinkedHashSet<>();
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipArchiveInputStream zip = new ZipArchiveInputStream(new ByteArrayInputStream(content))) {
            ZipArchiveEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (names.size() >= limits.maxEntries()) {
                    throw DocumentProblems.unsafeArchive("压缩条目超过 " + limits.maxEntries() + " 个");
                }
                if (!names.add(entry.getName())) {
                    throw DocumentProblems.unsafeArchive("含有重名的内部条目");
                }
                if (!zip.canReadEntryData(entry)) {
                    throw DocumentProblems.unsafeArchive("内部条目经过加密或使用了不支持的压缩方式");
                }
                boolean xml = isXml(entry.getName());
                DoctypeScanner doctype = new DoctypeScanner();
                long entryBytes = 0;
                int read;
                while ((read = zip.read(buffer)) != -1) {
                    entryBytes += read;
                    total += read;
                    if (total > limits.maxUncompressedBytes()) {
                        throw DocumentProblems.unsafeArchive(
                                "解压后超过 " + UploadTooLarge.megabytes(limits.maxUncompressedBytes()));
                    }
                    if (entryBytes > ArchiveLimits.RATIO_GRACE_BYTES
                            && entryBytes
                                    > (long) limits.maxCompressionRatio() * Math.max(1, zip.getCompressedCount())) {
                        throw DocumentProblems.unsafeArchive("压缩比异常（疑似“压缩炸弹”）");
                    }
                    if (xml && doctype.found(buffer, read)) {
                        throw DocumentProblems.unsafeArchive("XML 中含有 DTD 声明");
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof cn.wangben.platform.domain.DomainException refusal) {
                throw refusal;
            }
            throw DocumentProblems.unsafeArchive("无法解压");
        }
        return names;
    }

    private static boolean isXml(String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        return lower.endsWith(".xml") || lower.endsWith(".rels") || lower.endsWith(".vml");
    }

    /** Finds {@code <!DOCTYPE} across buffer boundaries; NUL bytes are skipped so UTF-16 cannot hide it. */
    private static final class DoctypeScanner {
        private int matched;

        boolean found(byte[] buffer, int length) {
            for (int i = 0; i < length; i++) {
                byte b = buffer[i];
                if (b == 0) {
                    continue;
                }
                matched = b == DOCTYPE[matched] ? matched + 1 : (b == DOCTYPE[0] ? 1 : 0);
                if (matched == DOCTYPE.length) {
                    return true;
                }
            }
            return false;
        }
    }
}
