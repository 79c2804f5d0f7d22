package cn.wangben.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FileFormatTest {

    @Test
    void tellsFormatsApartByMagicBytes() {
        assertThat(sniff(new byte[] {0x50, 0x4B, 0x03, 0x04, 0x14, 0})).isEqualTo(FileFormat.XLSX);
        assertThat(sniff(new byte[] {
                    (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0
                }))
                .isEqualTo(FileFormat.XLS);
        assertThat(sniff("姓名,身份证号\n".getBytes(StandardCharsets.UTF_8))).isEqualTo(FileFormat.CSV);
        assertThat(sniff(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13}))
                .isEqualTo(FileFormat.UNKNOWN);
    }

    private static FileFormat sniff(byte[] head) {
        return FileFormat.sniff(head, head.length);
    }
}
