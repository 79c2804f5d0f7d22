/**
 * A school's rubric (考核细则): the model, its validation when a plan is submitted, and the scoring of
 * one trainee's sheet.
 *
 * <p>Entry points: {@link cn.wangben.rubric.Rubric} (build, {@code validate()}, {@code requireValid()}),
 * {@link cn.wangben.rubric.RubricScorer} (score a {@link cn.wangben.rubric.Scoresheet} into a
 * {@link cn.wangben.rubric.RubricScore}). Every amount of points is a {@link java.math.BigDecimal}
 * with at most one decimal; floating point is never used, so a reported score is reproducible to
 * the last digit. Messages meant for school admins are Chinese; identifiers are English.
 */
package cn.wangben.rubric;
