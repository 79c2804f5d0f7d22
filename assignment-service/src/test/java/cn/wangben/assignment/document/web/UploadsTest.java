package cn.wangben.assignment.document.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.wangben.platform.domain.DomainException;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;

class UploadsTest {
    @Test
    void aBareFileNameIsKeptForDisplay() {
        var upload = Uploads.of(new MockMultipartFile("file", "我的心得 (终稿).docx", null, new byte[] {1}));

        assertThat(upload).isNotNull();
        assertThat(Uploads.isPlainName("我的心得 (终稿).docx")).isTrue();
    }

    @Test
    void aFileNameWithAPathOrAControlCharacterIsRefused() {
        for (String name : new String[] {"/etc/passwd.txt", "..\\..\\x.txt", "../a.pdf", "a\u0000.txt", ".."}) {
            assertThatThrownBy(() -> Uploads.of(new MockMultipartFile("file", name, null, new byte[] {1})))
                    .as(name)
                    .isInstanceOfSatisfying(
                            DomainException.class, e -> assertThat(e.code()).isEqualTo("invalid-filename"));
        }
    }
}
