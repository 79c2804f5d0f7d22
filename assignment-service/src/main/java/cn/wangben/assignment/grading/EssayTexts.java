package cn.wangben.assignment.grading;

import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.SubmissionId;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** The text of a submitted essay, read from where the submission stored it; empty when there is no text version. */
public interface EssayTexts {
    Optional<String> textOf(CountyId county, SubmissionId submission);

    /** The texts of several essays of one county; an essay without a text version is absent. */
    Map<SubmissionId, String> textsOf(CountyId county, Collection<SubmissionId> submissions);
}
