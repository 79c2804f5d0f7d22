package cn.wangben.scoring.results;

import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.scoring.facts.Trainee;
import java.util.List;
import java.util.Map;

/**
 * Everything stored about one school in one programme that its board is computed from.
 *
 * @param settings {@code null} while the programme's event has not arrived
 * @param trainees by teacher key: enrolled and exempt teachers
 * @param work the online work of the school's accounts and of its trainees' accounts
 * @param parts school parts by teacher key
 * @param names roster names by teacher key, for trainees the school has not scored
 * @param sheet {@code null} without a sheet summary
 * @param finals the frozen results once the programme is finalized, else empty
 */
public record SchoolInputs(
        CountyId county,
        ProgrammeId programme,
        SchoolId school,
        ProgrammeSettings settings,
        List<OnlineModule> modules,
        Map<String, Trainee> trainees,
        List<OnlineWork> work,
        Map<String, SchoolScore> parts,
        Map<String, String> names,
        SheetState sheet,
        SchoolSetup setup,
        List<TraineeResult> finals) {

    public SchoolInputs {
        modules = List.copyOf(modules);
        trainees = Map.copyOf(trainees);
        work = List.copyOf(work);
        parts = Map.copyOf(parts);
        names = Map.copyOf(names);
        finals = List.copyOf(finals);
    }

    public boolean finalized() {
        return !finals.isEmpty();
    }
}
