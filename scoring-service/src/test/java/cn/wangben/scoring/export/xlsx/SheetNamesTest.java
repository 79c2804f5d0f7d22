package cn.wangben.scoring.export.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SheetNamesTest {
    @Test
    void schoolNamesBecomeValidUniqueSheetNamesOfAtMost31Characters() {
        SheetNames names = new SheetNames("汇总");
        String longName = "青山县某某镇中心学校附属幼儿园第一分园（东校区）教学点及其附属的学前班";
        List<String> made = List.of(
                names.next("青山县第一中学"),
                names.next("青山县第一中学"),
                names.next("汇总"),
                names.next("实验/小学[本部]"),
                names.next(longName),
                names.next(longName),
                names.next(" "));
        assertThat(made.subList(0, 4)).containsExactly("青山县第一中学", "青山县第一中学(2)", "汇总(2)", "实验 小学 本部 ");
        assertThat(made.get(4)).isEqualTo(longName.substring(0, 31));
        assertThat(made.get(5)).hasSize(31).endsWith("(2)");
        assertThat(made.get(6)).isEqualTo("学校");
        assertThat(made).doesNotHaveDuplicates().allMatch(n -> n.length() <= 31);
    }
}
