package cn.wangben.scoring.results;

import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.contracts.ids.TeacherId;
import cn.wangben.scoring.schoolscore.PartStatus;
import java.math.BigDecimal;
import java.util.List;

/**
 * One trainee's result: online = Σ counted module scores, total = online + school part, passed at the pass mark,
 * 学时 credited only when passed. An exempt trainee has no scores and is not failing. Provisional until the county
 * finalizes the programme; then {@code finalized} and, when passed, a certificate code.
 *
 * @param exemption the exemption category, {@code null} for a trainee who takes part
 * @param schoolPoints {@code null} while the school has not scored the trainee
 * @param complete every module counted and the school part reported or cancelled: the figures will not move
 */
public record TraineeResult(
        String teacherKey,
        TeacherId teacherId,
        String name,
        SchoolId school,
        String exemption,
        List<ModuleResult> modules,
        BigDecimal onlinePoints,
        BigDecimal schoolPoints,
        PartStatus schoolStatus,
        String schoolReason,
        BigDecimal totalPoints,
        boolean passed,
        int creditedHours,
        boolean complete,
        boolean finalized,
        String certificateCode) {

    public TraineeResult {
        modules = List.copyOf(modules);
    }

    public boolean exempt() {
        return exemption != null;
    }

    public TraineeResult finalizedWith(String code) {
        return new TraineeResult(
                teacherKey,
                teacherId,
                name,
                school,
                exemption,
                modules,
                onlinePoints,
                schoolPoints,
                schoolStatus,
                schoolReason,
                totalPoints,
                passed,
                creditedHours,
                complete,
                true,
                code);
    }
}
