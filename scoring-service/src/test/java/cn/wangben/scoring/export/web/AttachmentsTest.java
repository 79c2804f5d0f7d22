package cn.wangben.scoring.export.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AttachmentsTest {
    @Test
    void aChineseNameTravelsAsRfc5987Utf8WithAnAsciiFallback() {
        String header = Attachments.disposition("青山县-培训结果.xlsx", "county-results.xlsx");
        assertThat(header)
                .isEqualTo("attachment; filename=\"county-results.xlsx\"; "
                        + "filename*=UTF-8''%E9%9D%92%E5%B1%B1%E5%8E%BF-%E5%9F%B9%E8%AE%AD%E7%BB%93%E6%9E%9C.xlsx");
        assertThat(header).matches("\\p{ASCII}+");
    }

    @Test
    void spacesQuotesAndPercentSignsAreEncodedAndDecodeBack() {
        String name = "2026 (秋) \"100%\";a.xlsx";
        String encoded = Attachments.encode(name);
        assertThat(encoded).doesNotContain(" ", "\"", ";", "(").startsWith("2026%20%28");
        assertThat(URLDecoder.decode(encoded, StandardCharsets.UTF_8)).isEqualTo(name);
    }
}
