package cn.wangben.assignment.grading;

import cn.wangben.contracts.ids.CountyId;
import java.util.List;
import java.util.Optional;

public interface Allocations {
    /** Replaces the grader's allocation as a whole. */
    void save(Allocation allocation);

    Optional<Allocation> find(CountyId county, String grader);

    List<Allocation> ofCounty(CountyId county);
}
