package cn.wangben.scoring.projection;

import java.util.Map;

/**
 * Where a full read of the log stopped.
 *
 * @param events the events read (of every type, also those no projection uses)
 * @param offsets the next offset of each partition, by "topic/partition"
 */
public record LogEnd(long events, Map<String, Long> offsets) {

    public LogEnd {
        offsets = Map.copyOf(offsets);
    }
}
