package org.liangxiang.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit administrator's check of the trail. The check itself is recorded. */
@RestController
class AuditVerificationController {

    private final AuditVerification verification;
    private final AuditTrail trail;

    AuditVerificationController(AuditVerification verification, AuditTrail trail) {
        this.verification = verification;
        this.trail = trail;
    }

    @GetMapping("/staff/audit/verification")
    @PreAuthorize("hasRole('AUDIT_ADMIN')")
    public AuditVerificationResult verify(
            @RequestParam(name = "from", defaultValue = "0") long fromSeq,
            Principal principal,
            HttpServletRequest request) {
        AuditVerificationResult result = verification.verifyFrom(fromSeq);
        trail.recordAlone(AuditEntry.of("AUDIT_VERIFIED", principal.getName())
                .withActor("AUDIT_ADMIN", null)
                .withObject("AUDIT_TRAIL", "audit_record")
                .withChange(
                        null,
                        result.ok()
                                ? "INTACT"
                                : result.problem().kind() + "@"
                                        + result.problem().seq())
                .from(request.getRemoteAddr()));
        return result;
    }
}
