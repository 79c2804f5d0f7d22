package cn.wangben.scoring.projection;

import cn.wangben.contracts.DomainEvent;
import java.util.function.Consumer;

/** Every topic the projections are built from, read from its first offset to where it ends now. */
public interface EventLog {
    LogEnd readAll(Consumer<DomainEvent> sink);
}
