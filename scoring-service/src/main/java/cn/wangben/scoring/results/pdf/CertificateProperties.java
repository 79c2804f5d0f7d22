package cn.wangben.scoring.results.pdf;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Certificates (培训合格证书).
 *
 * @param font classpath location of the CJK TrueType font embedded (as a subset) in every certificate; the build
 *     unpacks Noto Sans SC there from Maven Central (see the module's pom)
 * @param codeLength characters of the verification code (Crockford base32, 5 bits each; at least 12)
 * @param verificationPath the public path printed on the certificate, the code appended
 */
@Validated
@ConfigurationProperties("wangben.certificates")
public record CertificateProperties(
        @DefaultValue("fonts/ttf/NotoSansSC/NotoSansSC-Regular.ttf") @NotBlank
        String font,

        @DefaultValue("16") @Min(12) int codeLength,

        @DefaultValue("/api/scoring/public/certificates/") @NotBlank
        String verificationPath) {}
