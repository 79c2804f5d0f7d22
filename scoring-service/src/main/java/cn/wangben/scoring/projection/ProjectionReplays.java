package cn.wangben.scoring.projection;

import cn.wangben.contracts.DomainEvent;
import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ProgrammeId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Fresh projections computed in memory from a replay of the log, then installed in place of the live ones. */
public interface ProjectionReplays {
    Replay start();

    interface Replay {
        /** Events no projection uses are ignored. */
        void accept(DomainEvent event);

        /** Computes the counters, writes fresh collections in bulk and swaps them in. */
        Installed install();
    }

    /**
     * @param documents the documents written
     * @param finalized the programmes the county finalized (their frozen tallies are set again after the swap)
     * @param phases milliseconds of each step of the install, in order
     */
    record Installed(long documents, List<Programme> finalized, Map<String, Long> phases) {

        public Installed {
            finalized = List.copyOf(finalized);
            phases = Collections.unmodifiableMap(new LinkedHashMap<>(phases));
        }
    }

    record Programme(CountyId county, ProgrammeId programme) {}
}
