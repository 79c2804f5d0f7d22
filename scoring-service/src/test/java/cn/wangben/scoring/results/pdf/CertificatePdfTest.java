package cn.wangben.scoring.results.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wangben.scoring.results.Certificate;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class CertificatePdfTest {
    private static final String PROGRAMME = "2026-2027第一学期教师网本研修";
    private final PdfCertificateRenderer renderer = new PdfCertificateRenderer(new CertificateProperties(
            "fonts/ttf/NotoSansSC/NotoSansSC-Regular.ttf", 16, "/api/scoring/public/certificates/"));

    @Test
    void aCertificateIsAnA4PageWhoseChineseTextComesBackWithTheNameResultHoursAndCode() throws Exception {
        byte[] pdf = renderer.render(certificate("欧阳晓燕", "青山县第一中学"));
        java.nio.file.Files.write(java.nio.file.Path.of("target", "certificate-sample.pdf"), pdf); // to look at

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            PDRectangle size = document.getPage(0).getMediaBox();
            assertThat(size.getWidth()).isEqualTo(PDRectangle.A4.getWidth());
            assertThat(size.getHeight()).isEqualTo(PDRectangle.A4.getHeight());
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
            assertThat(text)
                    .contains("培训合格证书")
                    .contains("欧阳晓燕")
                    .contains("青山县第一中学")
                    .contains(PROGRAMME)
                    .contains("总成绩78.5分")
                    .contains("考核结果：合格")
                    .contains("认定培训学时36学时")
                    .contains("发证日期：2027年1月5日")
                    .contains("验证码：7K3M9QX2HD4WR8TA")
                    .contains("/api/scoring/public/certificates/7K3M9QX2HD4WR8TA");
        }
    }

    @Test
    void theCjkFontIsEmbeddedAsASubsetSoTheCertificateStaysSmall() throws Exception {
        byte[] pdf = renderer.render(certificate("李文", null));

        assertThat(pdf.length).isLessThan(200_000);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFont font = document.getPage(0)
                    .getResources()
                    .getFont(document.getPage(0)
                            .getResources()
                            .getFontNames()
                            .iterator()
                            .next());
            assertThat(font.isEmbedded()).isTrue();
            assertThat(font.getName()).matches("[A-Z]{6}\\+.*"); // the subset tag
        }
    }

    @Test
    void aLongProgrammeNameIsWrappedInsteadOfRunningOffThePage() throws Exception {
        String longName = "2026-2027学年第一学期全县中小学幼儿园教师网络研修与校本研修整合培训（网本研修）项目";
        byte[] pdf = renderer.render(new Certificate(
                "王芳",
                "青山县实验小学",
                longName,
                new BigDecimal("50.0"),
                new BigDecimal("30.0"),
                new BigDecimal("80.0"),
                36,
                LocalDate.of(2027, 1, 5),
                "7K3M9QX2HD4WR8TA",
                "/api/scoring/public/certificates/7K3M9QX2HD4WR8TA"));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text.replaceAll("\\s+", "")).contains(longName);
            assertThat(text.lines()).noneMatch(line -> line.contains(longName));
            assertThat(text.lines()).noneMatch(line -> line.startsWith("，") || line.startsWith("。"));
        }
    }

    private static Certificate certificate(String name, String school) {
        return new Certificate(
                name,
                school,
                PROGRAMME,
                new BigDecimal("48.5"),
                new BigDecimal("30.0"),
                new BigDecimal("78.5"),
                36,
                LocalDate.of(2027, 1, 5),
                "7K3M9QX2HD4WR8TA",
                "/api/scoring/public/certificates/7K3M9QX2HD4WR8TA");
    }
}
