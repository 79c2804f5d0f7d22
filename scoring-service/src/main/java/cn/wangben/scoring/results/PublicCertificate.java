package cn.wangben.scoring.results;

import java.math.BigDecimal;
import java.time.Instant;

/** What anyone holding a code may learn: nothing personal beyond the name and the result. */
public record PublicCertificate(
        String name, String programme, String result, BigDecimal totalPoints, int hours, Instant issuedAt) {}
