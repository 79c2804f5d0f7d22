package cn.wangben.scoring.export;

import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.scoring.results.OnlineModule;
import cn.wangben.scoring.results.ProgrammeSettings;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The facts an export shows beside the results: the programme, its modules, school names and the masked ID numbers of
 * the roster. Results themselves are read from the results projection ({@code ResultBoard}, {@code FinalResults}).
 */
public interface ExportSources {
    Optional<ProgrammeSettings> programme(CountyId county, ProgrammeId programme);

    /** The programme's online modules, in the order results list them (by cutoff). */
    List<OnlineModule> modules(CountyId county, ProgrammeId programme);

    Map<SchoolId, String> schoolNames(CountyId county);

    /**
     * Teacher key → the ID number as the roster event carried it, already masked by plan-service (e.g.
     * 330102********1234); the clear number never reaches this service.
     */
    Map<String, String> maskedIds(CountyId county, ProgrammeId programme, SchoolId school);
}
