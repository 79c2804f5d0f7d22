package cn.wangben.scoring.results;

import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.TeacherId;
import cn.wangben.platform.domain.Caller;
import cn.wangben.platform.domain.DomainException;
import java.time.ZoneId;

/**
 * Certificates of finalized, passed results: the teacher downloads their own, the county admin any of the county's;
 * anyone may verify a code. Only passed trainees hold one (an exempt teacher did not train, so earns none).
 */
public class CertificateDesk {
    /** What a certificate states as the result: it exists only for a pass. */
    public static final String PASSED = "合格";

    private static final String CERTIFICATE = "培训合格证书";
    private final ResultFacts facts;
    private final FinalResults finals;
    private final CertificateRenderer renderer;
    private final VerificationCodes codes;
    private final String verificationPath;
    private final ZoneId defaultZone;

    /** @param verificationPath the public path a code is appended to */
    public CertificateDesk(
            ResultFacts facts,
            FinalResults finals,
            CertificateRenderer renderer,
            VerificationCodes codes,
            String verificationPath,
            ZoneId defaultZone) {
        this.facts = facts;
        this.finals = finals;
        this.renderer = renderer;
        this.codes = codes;
        this.verificationPath = verificationPath;
        this.defaultZone = defaultZone;
    }

    public byte[] mine(Caller caller, ProgrammeId programme) {
        TeacherId me = caller.asTeacher();
        CountyId county = caller.requireCounty();
        return render(finals.ofAccount(county, programme, me)
                .orElseThrow(() -> DomainException.notFound(CERTIFICATE, programme)));
    }

    public byte[] of(Caller caller, ProgrammeId programme, String teacherKey) {
        CountyId county = ResultAccess.countyAdmin(caller);
        return render(finals.ofTeacherKey(county, programme, teacherKey)
                .orElseThrow(() -> DomainException.notFound(CERTIFICATE, teacherKey)));
    }

    /** An unknown and a malformed code answer alike, so probing learns nothing. */
    public PublicCertificate verify(String typed) {
        FinalRecord record = codes.normalize(typed)
                .flatMap(finals::ofCertificate)
                .orElseThrow(() -> DomainException.notFound(CERTIFICATE, "（验证码无效）"));
        TraineeResult r = record.result();
        return new PublicCertificate(
                r.name(), record.programmeName(), PASSED, r.totalPoints(), r.creditedHours(), record.finalizedAt());
    }

    private byte[] render(FinalRecord record) {
        TraineeResult r = record.result();
        if (!r.passed() || r.certificateCode() == null) {
            throw DomainException.conflict("no-certificate", r.exempt() ? "免修学员不颁发培训合格证书" : "考核未合格，没有培训合格证书");
        }
        ZoneId zone = facts.programme(record.county(), record.programme())
                .map(ProgrammeSettings::zone)
                .orElse(defaultZone);
        return renderer.render(new Certificate(
                r.name(),
                record.schoolName(),
                record.programmeName(),
                r.onlinePoints(),
                r.schoolPoints(),
                r.totalPoints(),
                r.creditedHours(),
                record.finalizedAt().atZone(zone).toLocalDate(),
                r.certificateCode(),
                verificationPath + r.certificateCode()));
    }
}
