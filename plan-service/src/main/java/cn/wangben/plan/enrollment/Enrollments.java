package cn.wangben.plan.enrollment;

import cn.wangben.contracts.DomainEvent;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.TeacherId;
import java.util.Optional;

public interface Enrollments {
    /** Stores it with its event unless the roster row is already bound; false if it was. */
    boolean addIfAbsent(Enrollment enrollment, DomainEvent event);

    Optional<Enrollment> ofAccount(ProgrammeId programme, TeacherId account);
}
