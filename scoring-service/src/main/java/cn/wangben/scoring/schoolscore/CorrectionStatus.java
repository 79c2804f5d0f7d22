package cn.wangben.scoring.schoolscore;

public enum CorrectionStatus {
    PENDING,
    APPROVED,
    REJECTED
}
