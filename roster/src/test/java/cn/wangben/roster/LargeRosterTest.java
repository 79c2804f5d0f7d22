package cn.wangben.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Correctness on a generated 5,000-row workbook; speed is the benchmark's business, not a test's. */
class LargeRosterTest {

    @Test
    void importsFiveThousandGeneratedTeachersWithoutLosingOrMisnumberingAny(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("large.xlsx");
        LargeRosterFile.write(file, 5_000, 7L);

        RosterResult result = Rosters.importer().importRoster(file, false);

        assertThat(result.errors()).isEmpty();
        assertThat(result.dataRows()).isEqualTo(5_000);
        assertThat(result.headerRow()).isEqualTo(2);
        assertThat(result.teachers()).hasSize(5_000);
        assertThat(result.teachers().get(0).row()).isEqualTo(3);
        assertThat(result.teachers().get(4_999).row()).isEqualTo(5_002);
        String[] first = TestIds.randomRow(new Random(7L), 0);
        RosterTeacher teacher = result.teachers().get(0);
        assertThat(teacher.name()).isEqualTo(first[0]);
        assertThat(teacher.idNumber().hash()).isEqualTo(TestIds.protector().hashId(first[2]));
        assertThat(TestIds.protector().revealPhone(teacher.phone())).isEqualTo(first[3]);
        assertThat(teacher.yearsOfTeaching()).isEqualTo(Integer.parseInt(first[7]));
        Set<String> hashes = new HashSet<>();
        result.teachers().forEach(t -> hashes.add(t.idNumber().hash()));
        assertThat(hashes).hasSize(5_000);
    }
}
