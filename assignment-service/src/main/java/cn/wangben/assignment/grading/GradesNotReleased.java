package cn.wangben.assignment.grading;

import cn.wangben.platform.domain.DomainException;

/** A teacher asks for a grade the county has not released yet: as good as not there (404), with its own type. */
class GradesNotReleased extends DomainException {
    GradesNotReleased(String moduleTitle) {
        super(Kind.NOT_FOUND, "grades-not-released", null, "「" + moduleTitle + "」的成绩尚未发布，请等待县里统一发布");
    }
}
