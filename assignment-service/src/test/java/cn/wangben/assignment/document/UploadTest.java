package cn.wangben.assignment.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import org.junit.jupiter.api.Test;

class UploadTest {
    @Test
    void refusesAFileOverTheLimitBeforeReadingIt() {
        Upload upload = new Upload("big.pdf", 11L * 1024 * 1024, () -> {
            throw new AssertionError("must not be read");
        });

        assertThatThrownBy(() -> upload.read(10L * 1024 * 1024))
                .isInstanceOf(UploadTooLarge.class)
                .hasMessage("文件大小为 11 MB，超过 10 MB 的上限，请压缩或删减后重新上传");
    }

    @Test
    void refusesAFileWhoseDeclaredSizeUnderstatedIt() {
        Upload upload = new Upload("lies.txt", 3, () -> new ByteArrayInputStream(new byte[11]));

        assertThatThrownBy(() -> upload.read(10)).isInstanceOf(UploadTooLarge.class);
    }

    @Test
    void keepsOnlyTheNameOfTheClientsPathForDisplay() {
        assertThat(new Upload("C:\\Users\\李文\\规划.docx", 1, null).displayName()).isEqualTo("规划.docx");
        assertThat(new Upload("../../etc/passwd", 1, null).displayName()).isEqualTo("passwd");
        assertThat(new Upload(" ", 1, null).displayName()).isNull();
    }
}
