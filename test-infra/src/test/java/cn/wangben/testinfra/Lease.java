package cn.wangben.testinfra;

/**
 * Borrows the JVM-wide infrastructure when it already runs in the wanted mode, so this module starts
 * each set of servers once; otherwise starts a private set and stops it on {@link #close()}.
 */
final class Lease implements AutoCloseable {

    private final TestInfrastructure infrastructure;
    private final boolean owned;

    private Lease(TestInfrastructure infrastructure, boolean owned) {
        this.infrastructure = infrastructure;
        this.owned = owned;
    }

    static Lease of(Mode mode) {
        return Mode.fromEnvironment() == mode
                ? new Lease(TestInfrastructure.shared(), false)
                : new Lease(TestInfrastructure.start(mode), true);
    }

    TestInfrastructure infrastructure() {
        return infrastructure;
    }

    @Override
    public void close() {
        if (owned) {
            infrastructure.stop();
        }
    }
}
