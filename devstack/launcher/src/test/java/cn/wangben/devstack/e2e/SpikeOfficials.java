package cn.wangben.devstack.e2e;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Officials refreshing the county dashboard every few seconds while teachers submit. Each read that answers is also a
 * sample of what the dashboard counted by then, from which the lag of every receipt is estimated.
 */
final class SpikeOfficials {
    /** A dashboard read that answered: when the answer arrived and how many (teacher, module) pairs it counted. */
    record Read(long nanos, long counted) {}

    private final BenchWorld world;
    private final SpikeStaff staff;
    private final Duration refresh;
    final Queue<BenchCall> calls = new ConcurrentLinkedQueue<>();
    final Queue<Read> reads = new ConcurrentLinkedQueue<>();

    SpikeOfficials(BenchWorld world, SpikeStaff staff, Duration refresh) {
        this.world = world;
        this.staff = staff;
        this.refresh = refresh;
    }

    void start(SpikeActors actors) {
        int n = staff.officials.size();
        for (int i = 0; i < n; i++) {
            SpikeStaff.Person official = staff.officials.get(i);
            actors.start(refresh.multipliedBy(i).dividedBy(n), () -> {
                read(official);
                return refresh;
            });
        }
    }

    private void read(SpikeStaff.Person official) throws Exception {
        String token = official.token();
        var timed =
                BenchCall.time(() -> world.gateway.get("/api/scoring/dashboards/counties/" + BenchWorld.COUNTY, token));
        calls.add(timed.call());
        if (timed.ok()) {
            reads.add(new Read(
                    timed.call().doneNanos(),
                    BenchDashboard.submitted(timed.reply().json(), world.modules)));
        }
    }

    /**
     * Per receipt, how long until a read showed it: the dashboard counts pairs, not receipts, so the k-th pair to be
     * accepted counts as shown by the first read answered after its receipt that counted at least k pairs. An upper
     * bound by up to the spacing of the reads (and the read's own latency, which an official waits for too). Receipts
     * no read showed are left out and counted by the caller. {@code accepted}: each pair's first receipt, sorted.
     */
    static List<Long> lagMillis(List<Long> accepted, List<Read> reads) {
        List<Read> sorted = new ArrayList<>(reads);
        sorted.sort((a, b) -> Long.compare(a.nanos(), b.nanos()));
        List<Long> lags = new ArrayList<>();
        int r = 0;
        for (int k = 0; k < accepted.size(); k++) {
            long at = accepted.get(k);
            while (r < sorted.size()
                    && (sorted.get(r).nanos() < at || sorted.get(r).counted() < k + 1)) {
                r++; // reads are in time order and receipts too, so a read too early or too low for k is for k+1
            }
            if (r == sorted.size()) {
                break;
            }
            lags.add((sorted.get(r).nanos() - at) / 1_000_000);
        }
        Collections.sort(lags);
        return lags;
    }
}
