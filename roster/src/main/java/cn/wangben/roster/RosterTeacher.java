package cn.wangben.roster;

/**
 * One accepted row of the roster. Subject and title may be empty. ID and phone are protected;
 * {@link #toString()} shows only their masked forms.
 */
public record RosterTeacher(
        int row,
        String name,
        Gender gender,
        ProtectedId idNumber,
        ProtectedPhone phone,
        Stage stage,
        String subject,
        String title,
        int yearsOfTeaching) {

    @Override
    public String toString() {
        return "RosterTeacher[row=" + row + ", name=" + name + ", gender=" + gender.label()
                + ", idNumber=" + idNumber.masked() + ", phone=" + phone.masked() + ", stage=" + stage.label()
                + ", subject=" + subject + ", title=" + title + ", yearsOfTeaching=" + yearsOfTeaching + "]";
    }
}
