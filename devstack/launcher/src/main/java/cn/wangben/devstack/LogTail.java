package cn.wangben.devstack;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** The last lines of a possibly large log file. */
final class LogTail {

    private static final int MAX_BYTES = 16 * 1024;
    private static final int MAX_LINES = 40;

    private LogTail() {}

    static String of(Path log) {
        if (!Files.isRegularFile(log)) {
            return "";
        }
        try (SeekableByteChannel channel = Files.newByteChannel(log)) {
            long size = channel.size();
            int length = (int) Math.min(size, MAX_BYTES);
            ByteBuffer buffer = ByteBuffer.allocate(length);
            channel.position(size - length);
            while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
                // keep reading until the window is full
            }
            List<String> lines = Arrays.asList(new String(buffer.array(), StandardCharsets.UTF_8).split("\n"));
            List<String> last = lines.subList(Math.max(0, lines.size() - MAX_LINES), lines.size());
            return "\n----- last lines of " + log + " -----\n" + String.join("\n", last) + "\n";
        } catch (IOException e) {
            return "\n(could not read " + log + ": " + e.getMessage() + ")\n";
        }
    }
}
