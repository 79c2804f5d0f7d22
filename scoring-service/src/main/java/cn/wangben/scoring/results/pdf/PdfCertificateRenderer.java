package cn.wangben.scoring.results.pdf;

import cn.wangben.scoring.results.Certificate;
import cn.wangben.scoring.results.CertificateRenderer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.stereotype.Component;

/**
 * An A4 certificate drawn with PDFBox. The CJK font is read once into memory and embedded as a subset in each
 * document (only the glyphs used), so a certificate stays a few dozen kilobytes while the font is 10 MB.
 */
@Component
class PdfCertificateRenderer implements CertificateRenderer {
    private final byte[] font;

    PdfCertificateRenderer(CertificateProperties properties) {
        this.font = load(properties.font());
    }

    @Override
    public byte[] render(Certificate certificate) {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(font));
            // no glyph substitution: Chinese needs no shaping, and a Latin ligature (the "fi" of "certificates")
            // would show a glyph that stands for two characters
            ttf.setEnableGsub(false);
            PDType0Font cjk = PDType0Font.load(document, ttf, true);
            String shown = CertificateLayout.draw(document, page, cjk, certificate);
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle("培训合格证书 " + certificate.code());
            info.setCreator("网本研修");
            return withTrueText(save(document), ttf, shown);
        } catch (IOException e) {
            throw new UncheckedIOException("certificate " + certificate.code() + " could not be drawn", e);
        }
    }

    /** Saving subsets the font; the saved document then gets a ToUnicode map of the characters really shown. */
    private static byte[] withTrueText(byte[] saved, TrueTypeFont ttf, String shown) throws IOException {
        try (PDDocument document = Loader.loadPDF(saved)) {
            ToUnicodeMap.apply(document, ttf.getUnicodeCmapLookup(), shown);
            return save(document);
        }
    }

    private static byte[] save(PDDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }

    private static byte[] load(String resource) {
        try (InputStream in = PdfCertificateRenderer.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("CJK font " + resource + " is not on the classpath; build the module"
                        + " with Maven, which unpacks it (maven-dependency-plugin, execution unpack-cjk-font)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
