package cn.wangben.scoring.projection;

/** The service's live consumers of the projection topics. */
public interface LiveConsumers {
    /** Stops them and waits until no record is being handled. */
    void stop();

    /** Starts them again; from {@code end} (committed as their position first) unless {@code null}. */
    void start(LogEnd end);
}
