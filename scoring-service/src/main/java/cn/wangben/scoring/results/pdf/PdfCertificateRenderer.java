package cn.wangben.scoring.results.pdf;

import cn.wangben.scoring.results.Certificate;
import cn.wangben.scoring.results.CertificateRenderer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
            PDType0Font cjk = PDType0Font.load(document, new RandomAccessReadBuffer(font), true, true);
            CertificateLayout.draw(document, page, cjk, certificate);
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle("培训合格证书 " + certificate.code());
            info.setCreator("网本研修");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("certificate " + certificate.code() + " could not be drawn", e);
        }
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
