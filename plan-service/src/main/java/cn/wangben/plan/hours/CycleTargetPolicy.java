package cn.wangben.plan.hours;

import cn.wangben.plan.programme.ProgrammeSettings;
import java.util.Optional;

/**
 * 已满周期学时: a teacher whose record already holds the cycle's target is offered exemption from the programme, when
 * the programme lists that category. The county still decides (an exemption needs its category and evidence).
 */
public final class CycleTargetPolicy {
    public static final String CATEGORY = "已满周期学时";

    private CycleTargetPolicy() {}

    public record Offer(String category, int heldHours, int targetHours) {}

    public static Optional<Offer> offer(HoursRecord record, ProgrammeSettings settings) {
        boolean listed = settings.exemptionCategories().contains(CATEGORY);
        if (record == null || !listed || record.total() < settings.cycleHoursTarget()) {
            return Optional.empty();
        }
        return Optional.of(new Offer(CATEGORY, record.total(), settings.cycleHoursTarget()));
    }
}
