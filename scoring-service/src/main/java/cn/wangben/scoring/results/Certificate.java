package cn.wangben.scoring.results;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a certificate (培训合格证书) shows.
 *
 * @param issuedOn the finalization's date in the programme's zone (Asia/Shanghai)
 * @param verificationPath where anyone can check the code, e.g. {@code /api/scoring/public/certificates/<code>}
 */
public record Certificate(
        String name,
        String schoolName,
        String programmeName,
        BigDecimal onlinePoints,
        BigDecimal schoolPoints,
        BigDecimal totalPoints,
        int hours,
        LocalDate issuedOn,
        String code,
        String verificationPath) {}
