package cn.wangben.assignment.grading;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A named set of grading bands written for a reference module size. A module of another size gets each band's lower
 * bound scaled proportionally (to one decimal, half up); each band then ends 0.1 below the next better band's lower
 * bound, and the best band ends at the module's points, so the bands stay contiguous and never overlap. Missing or
 * late essays are not a band: they score 0 without being graded.
 */
public record BandPolicy(String name, int referencePoints, List<Floor> floors) {

    /** Scores have one decimal place. */
    public static final int SCALE = 1;

    // declared before COUNTY_NOTICE, whose construction uses it
    static final BigDecimal STEP = BigDecimal.ONE.movePointLeft(SCALE);

    /** The county notice (seed 004): 优秀 20–18, 良好 17.9–12, 一般 11.9–6 for a 20-point module. */
    public static final BandPolicy COUNTY_NOTICE = new BandPolicy(
            "县通知评分档次",
            20,
            List.of(
                    new Floor("优秀", new BigDecimal("18")),
                    new Floor("良好", new BigDecimal("12")),
                    new Floor("一般", new BigDecimal("6"))));

    /** A band by its lowest score at the reference size; bands are listed best first. */
    public record Floor(String band, BigDecimal lowest) {}

    public BandPolicy {
        floors = List.copyOf(floors);
        if (referencePoints <= 0 || floors.isEmpty()) {
            throw new IllegalArgumentException("a band policy needs positive reference points and bands");
        }
        BigDecimal above = BigDecimal.valueOf(referencePoints).add(STEP);
        for (Floor floor : floors) {
            if (floor.lowest().signum() <= 0 || floor.lowest().compareTo(above) >= 0) {
                throw new IllegalArgumentException("band floors must be positive and strictly decreasing");
            }
            above = floor.lowest();
        }
    }

    public List<GradingBand> bandsFor(int maxPoints) {
        if (maxPoints <= 0) {
            throw new IllegalArgumentException("module points must be positive");
        }
        BigDecimal points = BigDecimal.valueOf(maxPoints);
        BigDecimal upper = points.setScale(SCALE);
        List<GradingBand> bands = new ArrayList<>();
        for (Floor floor : floors) {
            BigDecimal lower = floor.lowest()
                    .multiply(points)
                    .divide(BigDecimal.valueOf(referencePoints), SCALE, RoundingMode.HALF_UP);
            if (lower.compareTo(upper) > 0) {
                throw new IllegalArgumentException(name + " has an empty band at " + maxPoints + " points");
            }
            bands.add(new GradingBand(floor.band(), lower, upper));
            upper = lower.subtract(STEP);
        }
        return List.copyOf(bands);
    }
}
