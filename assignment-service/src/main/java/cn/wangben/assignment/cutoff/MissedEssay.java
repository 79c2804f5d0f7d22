package cn.wangben.assignment.cutoff;

import cn.wangben.assignment.module.OnlineModule;
import cn.wangben.contracts.DomainEvent;
import cn.wangben.contracts.assignment.EssayMissed;
import cn.wangben.contracts.ids.EventId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.contracts.ids.TeacherId;
import java.time.Instant;
import java.util.List;

/** 缺交计 0 分: a trainee's own cutoff passed without an accepted essay. Recorded once per teacher and module. */
public record MissedEssay(OnlineModule module, TeacherId teacher, SchoolId school, Instant cutoff, Instant markedAt) {

    public List<DomainEvent> events() {
        return List.of(new EssayMissed(
                EventId.random(), module.county(), markedAt, module.id(), module.programme(), teacher, school, cutoff));
    }
}
