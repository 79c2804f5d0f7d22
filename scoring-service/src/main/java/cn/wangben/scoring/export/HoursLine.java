package cn.wangben.scoring.export;

import java.time.LocalDate;

/**
 * One teacher on the 学时认定名单: a finalized, passed trainee credited 学时, with the certificate that proves it.
 *
 * @param certifiedOn the finalization date in the programme's zone (Asia/Shanghai), as the certificate shows it
 */
public record HoursLine(
        String teacherKey,
        String name,
        String maskedId,
        String school,
        String programme,
        int hours,
        String certificateCode,
        LocalDate certifiedOn) {}
