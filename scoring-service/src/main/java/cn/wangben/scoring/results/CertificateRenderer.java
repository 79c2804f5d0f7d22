package cn.wangben.scoring.results;

/** Draws a certificate as a PDF document. */
public interface CertificateRenderer {
    byte[] render(Certificate certificate);
}
