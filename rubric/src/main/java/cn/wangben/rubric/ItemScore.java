package cn.wangben.rubric;

import java.math.BigDecimal;

/**
 * The score of one item, on the rubric's own scale (never scaled), with one decimal.
 *
 * @param itemId the rubric item
 * @param title its title
 * @param points what the trainee got, 0..max
 * @param max the item's maximum
 */
public record ItemScore(String itemId, String title, BigDecimal points, BigDecimal max) {}
