package cn.wangben.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** ID numbers and phones never show in clear in toString, errors or results. */
class PersonalDataTest {

    private static final String ID = TestIds.id(Messy.ZHAO_LIU);
    private static final String PHONE = "13812345678";
    private final IdentityProtector protector = TestIds.protector();

    @Test
    void masksIdNumbersAndKeepsAKeyedHashForLookups() {
        ProtectedId id = protector.protectId(ID);

        assertThat(id.masked()).isEqualTo("990101********029X");
        assertThat(id.toString()).isEqualTo("990101********029X");
        assertThat(id.hash()).hasSize(64).isEqualTo(protector.hashId(ID));
        IdentityProtector otherKey =
                new IdentityProtector("another-hmac-key-of-at-least-32-bytes".getBytes(), TestIds.AES_KEY);
        assertThat(otherKey.hashId(ID)).isNotEqualTo(id.hash());
    }

    @Test
    void masksPhonesAndSealsThemSoOnlyTheKeyHolderCanOpenThem() {
        ProtectedPhone phone = protector.protectPhone(PHONE);

        assertThat(phone.toString()).isEqualTo("138****5678");
        assertThat(phone.sealed()).doesNotContain(PHONE);
        assertThat(protector.revealPhone(phone)).isEqualTo(PHONE);
        assertThat(protector.protectPhone(PHONE).sealed()).as("random IV").isNotEqualTo(phone.sealed());
        IdentityProtector otherKey = new IdentityProtector(TestIds.HMAC_KEY, "fedcba9876543210".getBytes());
        assertThatThrownBy(() -> otherKey.revealPhone(phone))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageNotContaining(PHONE);
    }

    @Test
    void teacherToStringShowsOnlyMaskedForms() throws IOException {
        RosterResult result = Rosters.importFile("messy.xlsx", true);

        for (RosterTeacher teacher : result.teachers()) {
            String text = teacher.toString();
            assertThat(text)
                    .contains(teacher.idNumber().masked())
                    .contains(teacher.phone().masked());
            assertThat(text)
                    .doesNotContain(teacher.idNumber().hash())
                    .doesNotContain(teacher.phone().sealed());
        }
        assertThat(result.teachers().get(0).toString()).doesNotContain(ID).doesNotContain("13900012345");
        assertThat(result.toString()).doesNotContain(ID);
    }

    @Test
    void errorMessagesNeverQuoteIdNumbersOrPhones() throws IOException {
        RosterResult result = Rosters.importFile("messy.xlsx", false);

        assertThat(result.errors()).allSatisfy(error -> assertThat(error.problem())
                .doesNotContainPattern("\\d{11}")
                .doesNotContain(Messy.LI_WEN));
    }

    @Test
    void refusesWeakKeys() {
        assertThatThrownBy(() -> new IdentityProtector(new byte[8], TestIds.AES_KEY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new IdentityProtector(TestIds.HMAC_KEY, new byte[10]))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(protector.toString()).doesNotContain("test-hmac-key");
    }
}
