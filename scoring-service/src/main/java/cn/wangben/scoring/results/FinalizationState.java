package cn.wangben.scoring.results;

/** A programme's finalization: started (results being frozen, resumable) or completed (frozen for good). */
public enum FinalizationState {
    IN_PROGRESS,
    COMPLETED
}
