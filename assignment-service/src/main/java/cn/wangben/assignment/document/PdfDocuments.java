package cn.wangben.assignment.document;

import java.io.IOException;
import java.io.Writer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/** PDF through PDFBox: a file is a PDF only if PDFBox loads it. */
final class PdfDocuments {
    private PdfDocuments() {}

    /** An essay's text; an encrypted PDF is refused even when it opens without a password. */
    static String essayText(byte[] content, int maxChars) {
        try (PDDocument pdf = load(content)) {
            if (pdf.isEncrypted()) {
                throw DocumentProblems.encryptedPdf();
            }
            BoundedWriter out = new BoundedWriter(maxChars);
            new PDFTextStripper().writeText(pdf, out);
            return out.toString();
        } catch (BoundedWriter.Overflow e) {
            throw e.refusal();
        } catch (IOException | RuntimeException e) {
            throw rethrown(e);
        }
    }

    /** A course document must open without a password; permission-only protection is common and fine there. */
    static void requireReadable(byte[] content) {
        try (PDDocument pdf = load(content)) {
            pdf.getNumberOfPages();
        } catch (IOException | RuntimeException e) {
            throw rethrown(e);
        }
    }

    private static PDDocument load(byte[] content) throws IOException {
        try {
            return Loader.loadPDF(content);
        } catch (InvalidPasswordException e) {
            throw DocumentProblems.encryptedPdf();
        }
    }

    private static RuntimeException rethrown(Exception e) {
        if (e instanceof cn.wangben.platform.domain.DomainException refusal) {
            return refusal;
        }
        return DocumentProblems.corrupt(DocumentKind.PDF);
    }

    /**
     * Stops extraction once the text is certainly too long: a small PDF can expand to gigabytes of text. Whitespace
     * is not counted by the essay rules, so the bound allows generous room for it.
     */
    static final class BoundedWriter extends Writer {
        private final StringBuilder text = new StringBuilder();
        private final int maxChars;
        private final long bound;

        BoundedWriter(int maxChars) {
            this.maxChars = maxChars;
            this.bound = 4L * maxChars + 64 * 1024;
        }

        /** Every other write method of {@link Writer} ends here. */
        @Override
        public void write(char[] chars, int offset, int length) {
            if (text.length() + (long) length > bound) {
                throw new Overflow(maxChars);
            }
            text.append(chars, offset, length);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}

        @Override
        public String toString() {
            return text.toString();
        }

        static final class Overflow extends RuntimeException {
            private final int maxChars;

            Overflow(int maxChars) {
                super(null, null, false, false);
                this.maxChars = maxChars;
            }

            cn.wangben.platform.domain.DomainException refusal() {
                return DocumentProblems.tooMuchText(maxChars);
            }
        }
    }
}
