package cn.wangben.plan.programme;

import cn.wangben.platform.domain.DomainException;

final class ProgrammeRules {
    private ProgrammeRules() {}

    static void require(boolean condition, String field, String detail) {
        if (!condition) {
            throw DomainException.ruleViolated("invalid-programme", field, detail);
        }
    }
}
