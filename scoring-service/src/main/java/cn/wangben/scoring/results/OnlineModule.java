package cn.wangben.scoring.results;

import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ModuleId;
import cn.wangben.contracts.ids.ProgrammeId;
import java.time.Instant;

/**
 * An online module (网络研修板块) as assignment-service's events told it. Its schedule and its release arrive on
 * different topics, so either may be known first.
 *
 * @param title {@code null} (and {@code dueAt} too) until {@code ModuleScheduled} arrived
 * @param releasedAt {@code null} until the county released the module's grades
 */
public record OnlineModule(
        CountyId county,
        ProgrammeId programme,
        ModuleId id,
        String title,
        Instant opensAt,
        Instant dueAt,
        int maxPoints,
        Instant releasedAt) {

    public boolean released() {
        return releasedAt != null;
    }

    /** The title, or the id while the schedule has not arrived, so a message can always name the module. */
    public String shownTitle() {
        return title == null ? id.value() : title;
    }
}
