package cn.wangben.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class GroupCommitTest {
    private static final int THREADS = 16;
    private static final int CHANGES_EACH = 200;

    /** A store in miniature: changes are applied at once, a commit makes durable what was applied when it began. */
    private static final class Store {
        final AtomicLong applied = new AtomicLong();
        final AtomicLong durable = new AtomicLong();
        final AtomicBoolean failNext = new AtomicBoolean();

        void commit() {
            long upTo = applied.get();
            if (failNext.getAndSet(false)) {
                throw new IllegalStateException("disk full");
            }
            sleepQuietly(); // a chunk write takes a while: commands finishing meanwhile should share the next one
            durable.accumulateAndGet(upTo, Math::max);
        }
    }

    @Test
    void noCommandReturnsBeforeItsChangeIsWrittenAndCommandsShareCommits() throws Exception {
        Store store = new Store();
        GroupCommit group = new GroupCommit(store::commit, Duration.ofMillis(2));
        List<Long> unsafe = runConcurrently(store, group);

        assertThat(unsafe).as("changes answered before they were written").isEmpty();
        assertThat(group.waits()).isEqualTo((long) THREADS * CHANGES_EACH);
        assertThat(group.commits())
                .as("commits for %d concurrent commands", group.waits())
                .isLessThan(group.waits() / 2);
    }

    @Test
    void aFailedCommitFailsItsLeaderAndTheNextCommitStillCoversTheOthers() throws Exception {
        Store store = new Store();
        GroupCommit group = new GroupCommit(store::commit, Duration.ofMillis(2));
        store.applied.incrementAndGet();
        store.failNext.set(true);

        assertThatThrownBy(() -> group.awaitDurable(false)).hasMessage("disk full");
        assertThat(store.durable.get()).isZero();

        group.awaitDurable(false);
        assertThat(store.durable.get()).isEqualTo(1);
    }

    @Test
    void aLoneWriteCommitsAtOnceWithoutLingering() {
        Store store = new Store();
        GroupCommit group = new GroupCommit(store::commit, Duration.ofHours(1));
        assertTimeoutPreemptively(Duration.ofMinutes(1), () -> {
            for (int i = 1; i <= 3; i++) {
                group.writeStarted();
                store.applied.incrementAndGet();
                group.awaitDurable(true);
                assertThat(store.durable.get()).isEqualTo(i);
            }
        });
        assertThat(group.commits()).isEqualTo(3);
    }

    @Test
    void aCommitWaitsForAWriteStillExecutingAndCarriesBoth() throws Exception {
        Store store = new Store();
        GroupCommit group = new GroupCommit(store::commit, Duration.ofHours(1));
        group.writeStarted(); // this thread's write is executing
        ExecutorService other = Executors.newSingleThreadExecutor();
        Future<?> read = other.submit(() -> {
            store.applied.incrementAndGet(); // e.g. a read that saw unsaved changes
            group.awaitDurable(false);
        });
        assertTimeoutPreemptively(Duration.ofMinutes(1), () -> {
            while (!group.lingering()) {
                Thread.onSpinWait();
            }
            store.applied.incrementAndGet();
            group.awaitDurable(true);
            read.get();
        });
        other.shutdown();

        assertThat(store.durable.get()).isEqualTo(2);
        assertThat(group.commits()).isEqualTo(1);
    }

    /** Each change applied, then awaited; returns the changes whose wait ended before they were durable. */
    private static List<Long> runConcurrently(Store store, GroupCommit group) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<Long>>> results = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            results.add(pool.submit(() -> {
                start.await();
                List<Long> early = new ArrayList<>();
                for (int i = 0; i < CHANGES_EACH; i++) {
                    group.writeStarted();
                    long mine = store.applied.incrementAndGet();
                    group.awaitDurable(true);
                    if (store.durable.get() < mine) {
                        early.add(mine);
                    }
                }
                return early;
            }));
        }
        start.countDown();
        List<Long> early = new ArrayList<>();
        for (Future<List<Long>> f : results) {
            early.addAll(f.get(1, TimeUnit.MINUTES));
        }
        pool.shutdown();
        return early;
    }

    private static void sleepQuietly() {
        try {
            Thread.sleep(0, 200_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
