package cn.wangben.scoring.dashboard;

import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.scoring.results.ResultTally;

/**
 * A programme's totals over its schools: pass rate and 学时 are final once {@code finalized}, provisional before.
 *
 * @param name {@code null} while the programme's own event has not arrived
 */
public record ProgrammeFigures(
        ProgrammeId id, String name, boolean finalized, int enrolled, int exempt, ResultTally results) {}
