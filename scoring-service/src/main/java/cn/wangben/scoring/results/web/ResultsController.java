package cn.wangben.scoring.results.web;

import cn.wangben.platform.domain.Caller;
import cn.wangben.platform.domain.Role;
import cn.wangben.platform.web.AllowedRoles;
import cn.wangben.scoring.results.FinalizationDesk;
import cn.wangben.scoring.results.ResultList;
import cn.wangben.scoring.results.ResultsDesk;
import cn.wangben.scoring.results.web.ResultViews.FinalizationView;
import cn.wangben.scoring.results.web.ResultViews.ResultView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Provisional and final results, and the county's finalization. */
@RestController
class ResultsController {
    private static final String PROGRAMME = "/api/scoring/programmes/{programmeId}";
    private final ResultsDesk results;
    private final FinalizationDesk finalization;

    ResultsController(ResultsDesk results, FinalizationDesk finalization) {
        this.results = results;
        this.finalization = finalization;
    }

    /** County admins: all schools or {@code schoolId}; school admins: their own school. */
    @GetMapping(PROGRAMME + "/results")
    ResultListView list(
            Caller caller, @PathVariable String programmeId, @RequestParam(required = false) String schoolId) {
        ResultList list = results.list(caller, ResultViews.programme(programmeId), ResultViews.school(schoolId));
        return new ResultListView(
                list.programme().id().value(),
                list.programme().name(),
                list.programme().passMark(),
                list.programme().creditedHours(),
                list.finalized() ? "FINAL" : "PROVISIONAL",
                list.rows().stream().map(ResultView::of).toList());
    }

    @GetMapping(PROGRAMME + "/results/mine")
    ResultView mine(Caller caller, @PathVariable String programmeId) {
        return ResultView.of(results.mine(caller, ResultViews.programme(programmeId)));
    }

    @GetMapping(PROGRAMME + "/finalization")
    FinalizationView status(Caller caller, @PathVariable String programmeId) {
        return FinalizationView.of(finalization.status(caller, ResultViews.programme(programmeId)));
    }

    /** Refused (409, listing what is missing) unless ready or forced with a reason; 409 once finalized. */
    @PostMapping(PROGRAMME + "/finalization")
    @AllowedRoles(Role.COUNTY_ADMIN)
    FinalizationView finalize(
            Caller caller,
            @PathVariable String programmeId,
            @Valid @RequestBody(required = false) FinalizeRequest body) {
        FinalizeRequest request = body == null ? new FinalizeRequest(false, null) : body;
        return FinalizationView.of(finalization.finalize(
                caller, ResultViews.programme(programmeId), Boolean.TRUE.equals(request.force()), request.reason()));
    }

    /**
     * @param force finalize although items are missing; then {@code reason} is required and audited
     */
    record FinalizeRequest(
            Boolean force,
            @Size(max = 500, message = "原因最多 500 个字") String reason) {}

    /** @param status FINAL once the county finalized the programme, PROVISIONAL before */
    record ResultListView(
            String programmeId,
            String programmeName,
            int passMark,
            int creditedHours,
            String status,
            List<ResultView> results) {}
}
