package cn.wangben.assignment.grading;

import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.SubmissionId;
import java.util.Optional;

/** The text of a submitted essay, read from where the submission stored it; empty when there is no text version. */
public interface EssayTexts {
    Optional<String> textOf(CountyId county, SubmissionId submission);
}
