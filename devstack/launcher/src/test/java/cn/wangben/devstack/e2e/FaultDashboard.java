package cn.wangben.devstack.e2e;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The projections as an official sees them, per module: the county dashboard's submitted count, the module drill-down's
 * submitted and on-time counts, and the sum of its submissions per hour (which counts every submission id, not pairs).
 */
final class FaultDashboard {

    /** One module's figures in the projections. */
    record Figures(int countySubmitted, int moduleSubmitted, int onTime, int perHourSum) {}

    /** What the store says they must be: distinct teachers who submitted, and submissions. */
    record Expected(int pairs, int submissions) {
        boolean metBy(Figures f) {
            return f.countySubmitted() == pairs
                    && f.moduleSubmitted() == pairs
                    && f.onTime() == pairs
                    && f.perHourSum() == submissions;
        }
    }

    private final BenchWorld world;
    private final String programme;
    private String admin;

    FaultDashboard(BenchWorld world, String programme) {
        this.world = world;
        this.programme = programme;
        this.admin = world.adminToken();
    }

    /** Figures of each module; null for a module whose reads did not answer 200. */
    Map<String, Figures> read(List<String> modules) throws Exception {
        admin = world.adminToken(); // cheap next to the wait, and never stale
        var county = world.gateway.get(
                "/api/scoring/dashboards/counties/" + BenchWorld.COUNTY + "?programmeId=" + programme, admin);
        Map<String, Figures> figures = new LinkedHashMap<>();
        for (String module : modules) {
            var detail = world.gateway.get(
                    "/api/scoring/dashboards/counties/" + BenchWorld.COUNTY + "/modules/" + module, admin);
            if (county.status() != 200 || detail.status() != 200) {
                figures.put(module, null);
                continue;
            }
            int perHour = 0;
            for (var hour : detail.json().path("submissionsPerHour")) {
                perHour += hour.path("submissions").asInt();
            }
            figures.put(
                    module,
                    new Figures(
                            county.json().path("submittedByModule").path(module).asInt(0),
                            detail.json().path("module").path("submitted").asInt(),
                            detail.json().path("module").path("onTime").asInt(),
                            perHour));
        }
        return figures;
    }

    /** Polls until every module shows what the store holds, or patience runs out; returns the last figures. */
    Map<String, Figures> await(Map<String, Expected> expected, Duration patience) throws Exception {
        long deadline = System.nanoTime() + patience.toNanos();
        while (true) {
            Map<String, Figures> last = read(List.copyOf(expected.keySet()));
            boolean met = expected.entrySet().stream()
                    .allMatch(e -> last.get(e.getKey()) != null && e.getValue().metBy(last.get(e.getKey())));
            if (met || System.nanoTime() > deadline) {
                return last;
            }
            Thread.sleep(1000);
        }
    }
}
