package cn.wangben.scoring.export;

import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.contracts.plan.RosteredTeacher;
import cn.wangben.scoring.facts.SchoolFacts;
import cn.wangben.scoring.results.OnlineModule;
import cn.wangben.scoring.results.ProgrammeSettings;
import cn.wangben.scoring.results.ResultFacts;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the export's facts through the stores the results projection itself reads; nothing of its own is stored. */
public class FactExportSources implements ExportSources {
    private static final Comparator<OnlineModule> BY_DUE = Comparator.comparing(
                    OnlineModule::dueAt, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(m -> m.id().value());
    private final ResultFacts facts;
    private final SchoolFacts schoolFacts;

    public FactExportSources(ResultFacts facts, SchoolFacts schoolFacts) {
        this.facts = facts;
        this.schoolFacts = schoolFacts;
    }

    @Override
    public Optional<ProgrammeSettings> programme(CountyId county, ProgrammeId programme) {
        return facts.programme(county, programme);
    }

    @Override
    public List<OnlineModule> modules(CountyId county, ProgrammeId programme) {
        return facts.modules(county, programme).stream().sorted(BY_DUE).toList();
    }

    @Override
    public Map<SchoolId, String> schoolNames(CountyId county) {
        return facts.schoolNames(county);
    }

    @Override
    public Map<String, String> maskedIds(CountyId county, ProgrammeId programme, SchoolId school) {
        Map<String, String> masked = new HashMap<>();
        for (RosteredTeacher t : schoolFacts.roster(county, programme, school).teachers()) {
            if (t.maskedIdNumber() != null) {
                masked.put(t.teacherKey(), t.maskedIdNumber());
            }
        }
        return masked;
    }
}
