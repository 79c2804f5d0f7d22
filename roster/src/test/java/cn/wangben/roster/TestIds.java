package cn.wangben.roster;

import java.time.LocalDate;
import java.util.Random;

/**
 * Invented people for fixtures. Area codes start with 99, which no real region uses, so a
 * generated ID number cannot belong to a real person even though its checksum is valid.
 */
final class TestIds {

    static final byte[] HMAC_KEY = "test-hmac-key-0123456789abcdef-roster!".getBytes();
    static final byte[] AES_KEY = "0123456789abcdef".getBytes();

    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗";
    private static final String GIVEN = "文华明丽静伟芳敏强磊洋艳勇军杰娟涛超秀英";
    private static final String[] STAGES = {"幼儿园", "小学", "初中", "高中"};
    private static final String[] SUBJECTS = {"语文", "数学", "英语", "科学", "音乐", "体育"};

    private TestIds() {}

    static IdentityProtector protector() {
        return new IdentityProtector(HMAC_KEY, AES_KEY);
    }

    /** The full 18-character ID for a 17-digit body. */
    static String id(String body) {
        return body + IdNumbers.checkChar(body);
    }

    /** The same body with a check character that is certainly wrong. */
    static String wrongCheck(String body) {
        char right = IdNumbers.checkChar(body);
        return body + (right == '0' ? '1' : '0');
    }

    /** A random valid ID: area 99xxxx, birth 1965–2000, sequence whose parity gives the gender. */
    static String randomId(Random random, boolean male) {
        LocalDate birth = LocalDate.of(1965, 1, 1).plusDays(random.nextInt(35 * 365));
        int sequence = random.nextInt(500) * 2 + (male ? 1 : 0);
        String body = String.format(
                "99%04d%04d%02d%02d%03d",
                random.nextInt(10000), birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth(), sequence);
        return id(body);
    }

    static String randomPhone(Random random) {
        return String.format("13%09d", random.nextInt(1_000_000_000));
    }

    static String randomName(Random random) {
        return "" + SURNAMES.charAt(random.nextInt(SURNAMES.length()))
                + GIVEN.charAt(random.nextInt(GIVEN.length()))
                + (random.nextBoolean() ? "" : GIVEN.charAt(random.nextInt(GIVEN.length())));
    }

    /** One random valid row in the standard order 姓名,性别,身份证号,手机号,学段,学科,职称,教龄. */
    static String[] randomRow(Random random, int i) {
        boolean male = random.nextBoolean();
        return new String[] {
            randomName(random),
            male ? "男" : "女",
            // the index makes IDs unique in a file without a set of used numbers
            uniqueId(random, male, i),
            randomPhone(random),
            STAGES[random.nextInt(STAGES.length)],
            SUBJECTS[random.nextInt(SUBJECTS.length)],
            "二级教师",
            Integer.toString(random.nextInt(41))
        };
    }

    private static String uniqueId(Random random, boolean male, int i) {
        LocalDate birth = LocalDate.of(1965, 1, 1).plusDays(random.nextInt(35 * 365));
        String body = String.format(
                "99%04d%04d%02d%02d%03d",
                i % 10000,
                birth.getYear(),
                birth.getMonthValue(),
                birth.getDayOfMonth(),
                (i / 10000) * 2 + (male ? 1 : 0));
        return id(body);
    }
}
