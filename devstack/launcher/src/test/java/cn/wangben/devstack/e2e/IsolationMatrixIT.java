package cn.wangben.devstack.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wangben.devstack.e2e.IsolationWorld.Target;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every endpoint × every role × (own school, another school of the county, another county), with real Keycloak tokens
 * through the gateway. Each cell's status is asserted exactly. Writes a role may make are sent so that they change
 * nothing (an invalid body, or a step the resource's state forbids): the cell then proves the guard let the caller
 * through to the rules, where another county's caller is stopped before them.
 */
class IsolationMatrixIT {
    /** The callers, all of 青山县 and (where they have one) its 实验小学. */
    static final Map<String, String> ROLES = new LinkedHashMap<>();

    static {
        ROLES.put("PA", "platform-admin");
        ROLES.put("CA", "qs-county-admin");
        ROLES.put("CG", "qs-grader");
        ROLES.put("OF", "qs-official");
        ROLES.put("SA", "qs-shiyan-admin");
        ROLES.put("TE", "qs-teacher-liwen");
    }

    /** The platform admin belongs to no county: every county is theirs to see (for identity's registry only). */
    static final String PLATFORM = "PA";

    static IsolationWorld world;
    static final Map<String, String> tokens = new LinkedHashMap<>();

    @BeforeAll
    static void world() throws Exception {
        world = new IsolationWorld(SharedPlatform.get()).build();
        for (Map.Entry<String, String> role : ROLES.entrySet()) {
            tokens.put(role.getKey(), world.token(role.getValue()));
        }
    }

    @Test
    void everyCellAnswersAsSpecifiedAndNoCallerReachesAnotherCountyOrSchool() throws Exception {
        GatewayClient gateway = new GatewayClient(SharedPlatform.get().gatewayUrl());
        List<String> wrong = new ArrayList<>();
        StringBuilder observed = new StringBuilder();
        for (IsolationMatrix.Row row : IsolationMatrix.ROWS) {
            StringBuilder line = new StringBuilder();
            for (String role : ROLES.keySet()) {
                line.append(role);
                for (Target target : Target.values()) {
                    int status = row.call(gateway, tokens.get(role), world.of(target));
                    line.append(' ').append(status);
                    Integer expected = row.expected(role, target);
                    if (expected == null || expected != status) {
                        wrong.add(row.label() + " as " + role + " on " + target + ": expected " + expected + ", got "
                                + status);
                    }
                    if (target == Target.OTHER_COUNTY
                            && !PLATFORM.equals(role)
                            && row.path().contains("{")
                            && status < 300) {
                        wrong.add(row.label() + " as " + role + " reached another county (" + status + ")");
                    }
                }
                line.append(" | ");
            }
            observed.append(String.format("%-70s %s%n", row.label(), line));
        }
        System.out.println("isolation matrix (role: own school, other school, other county):\n" + observed);
        assertThat(wrong).isEmpty();
    }
}
