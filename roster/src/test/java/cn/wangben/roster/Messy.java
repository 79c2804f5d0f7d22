package cn.wangben.roster;

/**
 * The rows of the messy fixtures, shared by {@link RosterFixtures} (which wrote the files) and
 * the tests (which know what each row should yield). Row numbers are as seen in the spreadsheet.
 */
final class Messy {

    static final String TITLE = "青山县实验小学2026年校本研修学员信息表";
    static final String[] HEADER = {"序号", "姓名", "性别", "身份证号码", "联系电话", "任教学段", "任教学科", "职称", "从教年限", "备注"};
    static final int HEADER_ROW = 4;

    static final String LI_WEN = "99010119850312002"; // female
    static final String ZHAO_LIU = "99010119870315029"; // male, check character X
    static final String QIAN_QI = "99010219800101003";
    static final String ZHOU_JIU = "99010119900230005"; // 30 February
    static final String WU_SHI = "99010119880808007"; // odd → male, but written 女
    static final String WANG = "99010119950909051";
    static final String LIN = "99010119980202082";

    private Messy() {}

    /** Data rows from row 5 on; null is a blank row. Columns follow {@link #HEADER}. */
    static String[][] rows() {
        return new String[][] {
            {"1", "李　文", "女", TestIds.id(LI_WEN), "13800005678", "小学", "语文", "一级教师", "12", ""},
            {
                "2",
                "赵六",
                "男",
                fullWidth(TestIds.id(ZHAO_LIU)).replace('X', 'x'),
                "１３９０００１２３４５",
                "初中",
                "数学",
                "二级教师",
                "５",
                ""
            },
            {"3", "钱七", "男", TestIds.wrongCheck(QIAN_QI), "13700001111", "高中", "物理", "", "3", "校验位错"},
            null,
            {"4", "孙八", "女", TestIds.id(LI_WEN), "13600002222", "小学", "英语", "", "7", "与第5行重复"},
            {"5", "周九", "男", TestIds.id(ZHOU_JIU), "13500003333", "小学", "体育", "", "9", ""},
            {"6", "吴十", "女", TestIds.id(WU_SHI), "13400004444", "初中", "语文", "", "20", ""},
            {"7", "郑一", "男", TestIds.id("99010119750505011"), "1381234567", "高中", "化学", "", "30", ""},
            {"8", "冯二", "女", TestIds.id("99010119920606022"), "13300005555", "大学", "数学", "", "4", ""},
            {"9", "陈三", "男", TestIds.id("99010119700707033"), "13200006666", "高中", "历史", "高级教师", "60", ""},
            {"10", " 王 小明 ", "男", TestIds.id(WANG), "13100007777", "小学", "数学", "一级教师", "12年", ""},
            {"11", "", "女", TestIds.id("99010119960101062"), "13000008888", "小学", "美术", "", "2", ""},
            {"12", "林小雨", "女", TestIds.id(LIN), "15900009999", "幼儿园", "", "", "0", ""},
        };
    }

    static String fullWidth(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            out.append(c >= '!' && c <= '~' ? (char) (c + 0xFEE0) : c);
        }
        return out.toString();
    }
}
