package cn.wangben.scoring.results;

import java.util.List;

/**
 * @param finalization {@code null} while the programme is not finalized
 * @param missing what is missing now (before finalization) or was missing when it was finalized (a forced one)
 */
public record FinalizationStatus(Finalization finalization, List<String> missing) {

    public FinalizationStatus {
        missing = List.copyOf(missing);
    }
}
