package cn.wangben.devstack;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Many commands, one commit. Writing a chunk costs about the same for one change as for twenty (the store's layout,
 * the paths from each changed leaf to its root, a file write): in the submission benchmark the per-command commits
 * took half of the server's CPU. A command whose change is applied takes a ticket and waits until a commit that began
 * after its ticket was taken has finished. One waiting command at a time leads: it writes everything applied so far,
 * for every ticket taken before it began; commands arriving meanwhile queue for the next one. Before writing, the leader
 * waits (at most {@code linger}) for the write commands still executing to take their tickets too: alone, a command
 * commits at once; in a spike, a commit carries what the busy threads were about to add instead of being followed by
 * another one a fraction of a millisecond later. Nobody is answered before its change is in the file.
 */
final class GroupCommit {
    private final Runnable commit;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition written = lock.newCondition();
    private final Condition ticketTaken = lock.newCondition();
    private final long lingerNanos;
    private int executing;
    private long taken;
    private long durable;
    private boolean leading;
    private final AtomicLong commits = new AtomicLong();
    private final AtomicLong waits = new AtomicLong();

    /**
     * @param commit writes every change applied before it is called, or throws
     * @param linger the longest a commit waits for write commands still executing
     */
    GroupCommit(Runnable commit, Duration linger) {
        this.commit = commit;
        this.lingerNanos = linger.toNanos();
    }

    /** A write command starts: a commit about to begin waits a little for its ticket. */
    void writeStarted() {
        lock.lock();
        try {
            executing++;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Returns once every change this thread applied before the call is in the file; a failed commit is thrown.
     *
     * @param startedWrite whether this thread announced its command with {@link #writeStarted()}
     */
    void awaitDurable(boolean startedWrite) {
        waits.incrementAndGet();
        lock.lock();
        try {
            if (startedWrite) {
                executing--;
            }
            long ticket = ++taken;
            ticketTaken.signal();
            while (durable < ticket) {
                if (leading) {
                    written.awaitUninterruptibly();
                    continue;
                }
                lead();
            }
        } finally {
            lock.unlock();
        }
    }

    /** Called holding the lock; commits without it, so later commands can take their tickets meanwhile. */
    private void lead() {
        leading = true;
        long wait = lingerNanos;
        while (executing > 0 && wait > 0) {
            try {
                wait = ticketTaken.awaitNanos(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        long covers = taken;
        boolean done = false;
        lock.unlock();
        try {
            commit.run();
            done = true;
        } finally {
            lock.lock();
            leading = false;
            if (done) {
                durable = Math.max(durable, covers);
                commits.incrementAndGet();
            }
            // on failure another waiter leads and tries again; this one's caller gets the error
            written.signalAll();
        }
    }

    /** Whether a commit is waiting for a write command still executing. */
    boolean lingering() {
        lock.lock();
        try {
            return leading && executing > 0;
        } finally {
            lock.unlock();
        }
    }

    /** Commits written so far, and the commands that waited for one: their ratio is the mean group. */
    long commits() {
        return commits.get();
    }

    long waits() {
        return waits.get();
    }
}
