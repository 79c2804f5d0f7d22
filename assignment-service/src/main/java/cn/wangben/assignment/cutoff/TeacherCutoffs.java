package cn.wangben.assignment.cutoff;

import cn.wangben.assignment.module.OnlineModule;
import cn.wangben.contracts.DomainEvent;
import cn.wangben.contracts.ids.ModuleId;
import cn.wangben.contracts.ids.TeacherId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One record per teacher and module holding both their extension and, once their cutoff has passed without an essay,
 * the missing mark. Keeping both in one record makes "grant unless already marked" and "mark unless an extension still
 * runs" atomic against each other, without transactions.
 */
public interface TeacherCutoffs {
    Optional<Extension> extension(ModuleId module, TeacherId teacher);

    List<Extension> extensionsOf(ModuleId module);

    /** Stores the grant with its events, unless the teacher is already marked missing here: then false. */
    boolean grant(OnlineModule module, Extension extension, List<DomainEvent> events);

    /**
     * Marks the essay missing with its events, unless it is already marked or the teacher's extension runs past
     * {@code passedBy}: then false. Safe to call any number of times, from any number of instances at once.
     */
    boolean markMissed(MissedEssay missed, Instant passedBy, List<DomainEvent> events);

    Set<TeacherId> missedIn(ModuleId module);
}
