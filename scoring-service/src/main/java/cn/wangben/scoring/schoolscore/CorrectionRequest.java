package cn.wangben.scoring.schoolscore;

import java.util.List;
import java.util.Map;

/**
 * A school's proposal to change one trainee of its reported sheet.
 *
 * @param entries the items that change, with their new entries
 * @param attended the activities the trainee attended after the change; {@code null} leaves attendance as it is
 */
public record CorrectionRequest(
        String teacherKey, Map<String, ItemEntry> entries, List<Integer> attended, String reason) {}
