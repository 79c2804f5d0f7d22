package cn.wangben.scoring.results.pdf;

import cn.wangben.scoring.results.Certificate;
import cn.wangben.scoring.results.CertificateDesk;
import java.awt.Color;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/** Where everything goes on the A4 page; sizes in points (1/72 inch). */
final class CertificateLayout {
    private static final float MARGIN = 48;
    private static final float INNER = 8;
    private static final float TITLE_SIZE = 34;
    private static final float SUBTITLE_SIZE = 16;
    private static final float BODY_SIZE = 15;
    private static final float SMALL_SIZE = 10;
    private static final float LEADING = 1.9f;
    private static final Color RED = new Color(0xB2, 0x22, 0x22);

    private CertificateLayout() {}

    /** Draws the certificate; returns every character shown, for the font's ToUnicode map. */
    static String draw(PDDocument document, PDPage page, PDFont font, Certificate c) throws IOException {
        StringBuilder shown = new StringBuilder();
        float width = page.getMediaBox().getWidth();
        float height = page.getMediaBox().getHeight();
        try (PDPageContentStream s = new PDPageContentStream(document, page)) {
            s.setStrokingColor(RED);
            s.setLineWidth(3);
            s.addRect(MARGIN, MARGIN, width - 2 * MARGIN, height - 2 * MARGIN);
            s.stroke();
            s.setLineWidth(1);
            s.addRect(MARGIN + INNER, MARGIN + INNER, width - 2 * (MARGIN + INNER), height - 2 * (MARGIN + INNER));
            s.stroke();

            float y = height - 170;
            s.setNonStrokingColor(RED);
            centered(s, shown, font, TITLE_SIZE, "培训合格证书", width, y);
            s.setNonStrokingColor(Color.BLACK);
            centered(s, shown, font, SUBTITLE_SIZE, "（学时证明）", width, y - 40);

            float left = MARGIN + 56;
            float lineWidth = width - 2 * left;
            y -= 110;
            String school = c.schoolName() == null ? "" : "（" + c.schoolName() + "）";
            for (String paragraph : List.of(
                    c.name() + school + "：",
                    "    参加“" + c.programmeName() + "”，经考核，网络研修 " + shown(c.onlinePoints()) + " 分，校本研修 "
                            + shown(c.schoolPoints()) + " 分，总成绩 " + shown(c.totalPoints()) + " 分，考核结果："
                            + CertificateDesk.PASSED + "，认定培训学时 " + c.hours() + " 学时。",
                    "    特发此证。")) {
                for (String line : wrap(font, BODY_SIZE, paragraph, lineWidth)) {
                    text(s, shown, font, BODY_SIZE, line, left, y);
                    y -= BODY_SIZE * LEADING;
                }
            }

            String issued = c.issuedOn().getYear() + "年" + c.issuedOn().getMonthValue() + "月"
                    + c.issuedOn().getDayOfMonth() + "日";
            text(
                    s,
                    shown,
                    font,
                    BODY_SIZE,
                    "发证日期：" + issued,
                    width - left - width(font, BODY_SIZE, "发证日期：" + issued),
                    250);
            text(s, shown, font, SMALL_SIZE, "验证码：" + c.code(), left, 140);
            text(s, shown, font, SMALL_SIZE, "验证地址：" + c.verificationPath(), left, 140 - SMALL_SIZE * LEADING);
        }
        return shown.toString();
    }

    /** Punctuation a line must not start with (避头点): it stays at the end of the line before, past the margin. */
    private static final String NO_LINE_START = "，。、；：！？”）》";

    /** Breaks at any character: Chinese has no spaces to break at, and a long programme name must still fit. */
    static List<String> wrap(PDFont font, float size, String text, float maxWidth) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            String next = line + new String(Character.toChars(cp));
            boolean mayStartLine = NO_LINE_START.indexOf(cp) < 0;
            if (width(font, size, next) > maxWidth && line.length() > 0 && mayStartLine) {
                lines.add(line.toString());
                line = new StringBuilder(new String(Character.toChars(cp)));
            } else {
                line = new StringBuilder(next);
            }
            i += Character.charCount(cp);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static void centered(
            PDPageContentStream s, StringBuilder shown, PDFont font, float size, String text, float pageWidth, float y)
            throws IOException {
        text(s, shown, font, size, text, (pageWidth - width(font, size, text)) / 2, y);
    }

    private static void text(
            PDPageContentStream s, StringBuilder shown, PDFont font, float size, String text, float x, float y)
            throws IOException {
        shown.append(text);
        s.beginText();
        s.setFont(font, size);
        s.newLineAtOffset(x, y);
        s.showText(text);
        s.endText();
    }

    private static float width(PDFont font, float size, String text) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    private static String shown(BigDecimal points) {
        return points == null ? "—" : points.toPlainString();
    }
}
