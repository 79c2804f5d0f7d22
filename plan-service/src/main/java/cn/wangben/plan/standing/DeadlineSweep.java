package cn.wangben.plan.standing;

import cn.wangben.plan.programme.Programme;
import cn.wangben.plan.programme.Programmes;
import java.time.Instant;

/**
 * 逾期不提交按取消校本研修处理: once a programme's plan-and-roster deadline has passed, every known school without a
 * submitted plan and an imported roster is cancelled, once. Safe to run repeatedly and on several instances: a
 * school's cancellation is stored at most once, with its event in the same write.
 */
public class DeadlineSweep {
    private final Programmes programmes;
    private final SchoolStates states;
    private final Standings standings;

    public DeadlineSweep(Programmes programmes, SchoolStates states, Standings standings) {
        this.programmes = programmes;
        this.states = states;
        this.standings = standings;
    }

    /** Returns how many schools this run cancelled. */
    public int sweep(Instant now) {
        int cancelled = 0;
        for (Programme programme : programmes.planDeadlinePassed(now)) {
            Instant deadline = programme.settings().schoolPlanDeadline();
            for (SubmissionState state : states.of(programme.county(), programme.id(), deadline)) {
                if (state.missing().isEmpty()) {
                    continue;
                }
                SchoolStanding standing = SchoolStanding.cancelled(programme.county(), programme.id(), state, deadline);
                if (standings.cancelIfAbsent(standing, standing.cancellationEvent())) {
                    cancelled++;
                }
            }
        }
        return cancelled;
    }
}
