package cn.wangben.devstack;

import java.time.Duration;

/** The processes of the devstack, in start order; stop goes the other way. */
public enum Component {
    KEYCLOAK("keycloak", Stage.INFRASTRUCTURE, Duration.ofMinutes(6)),
    KAFKA("kafka", Stage.INFRASTRUCTURE, Duration.ofMinutes(1)),
    S3("s3", Stage.INFRASTRUCTURE, Duration.ofSeconds(30)),
    MONGO("mongo", Stage.INFRASTRUCTURE, Duration.ofSeconds(30)),
    PLAN_SERVICE("plan-service", Stage.SERVICES, Duration.ofMinutes(3)),
    ASSIGNMENT_SERVICE("assignment-service", Stage.SERVICES, Duration.ofMinutes(3)),
    SCORING_SERVICE("scoring-service", Stage.SERVICES, Duration.ofMinutes(3)),
    IDENTITY("identity", Stage.SERVICES, Duration.ofMinutes(3)),
    GATEWAY("gateway", Stage.EDGE, Duration.ofMinutes(3));

    /** Components of one stage start together (2 cores: overlap I/O waits) and are awaited before the next stage. */
    enum Stage {
        INFRASTRUCTURE,
        SERVICES,
        EDGE
    }

    private final String id;
    private final Stage stage;
    // Generous: a cold Keycloak build plus four JVMs competing for 2 cores (Keycloak alone took 218 s to over 240 s
    // at load average 20-27, other builds beside it).
    private final Duration startTimeout;

    Component(String id, Stage stage, Duration startTimeout) {
        this.id = id;
        this.stage = stage;
        this.startTimeout = startTimeout;
    }

    /** Name used for log files, pid files and messages. */
    public String id() {
        return id;
    }

    Stage stage() {
        return stage;
    }

    Duration startTimeout() {
        return startTimeout;
    }

    boolean isSpringService() {
        return stage != Stage.INFRASTRUCTURE;
    }
}
