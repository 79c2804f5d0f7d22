package cn.wangben.assignment.similarity;

import cn.wangben.contracts.ids.SubmissionId;
import cn.wangben.contracts.ids.TeacherId;
import java.util.Objects;

/** An essay as the near-copy index keeps it: who wrote it and its signature, never its text. */
public record IndexedEssay(SubmissionId submission, TeacherId author, Signature signature) {
    public IndexedEssay {
        Objects.requireNonNull(submission, "submission");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(signature, "signature");
    }
}
