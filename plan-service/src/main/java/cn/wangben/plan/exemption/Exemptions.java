package cn.wangben.plan.exemption;

import cn.wangben.contracts.DomainEvent;
import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import java.util.List;

/** One exemption per programme and teacher; storing it stores its event with it, atomically. */
public interface Exemptions {
    /** Stores the exemption with its event unless the teacher is already exempted; true if it was new. */
    boolean addIfAbsent(Exemption exemption, DomainEvent event);

    List<Exemption> ofProgramme(CountyId county, ProgrammeId programme);

    List<Exemption> ofSchool(CountyId county, ProgrammeId programme, SchoolId school);
}
