package org.liangxiang.intake.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.liangxiang.account.ApplicantConsents;
import org.liangxiang.account.SignedInApplicant;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Consent to processing sensitive personal information comes before any page of the applicant's form (PIPL arts.
 * 28-29): without it (or after a withdrawal) the person is sent to the consent page, which sends them back here.
 */
@Configuration(proxyBeanMethods = false)
class ConsentFirst implements WebMvcConfigurer {

    static final String CONSENT_PAGE = "/me/consent?next=" + ApplyController.BASE;

    private final ApplicantConsents consents;

    ConsentFirst(ApplicantConsents consents) {
        this.consents = consents;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
                    @Override
                    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object h)
                            throws IOException {
                        return consented(request, response);
                    }
                })
                .addPathPatterns(ApplyController.BASE, ApplyController.BASE + "/**");
    }

    private boolean consented(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null
                && auth.getPrincipal() instanceof SignedInApplicant applicant
                && !consents.hasConsented(applicant.accountId())) {
            response.sendRedirect(request.getContextPath() + CONSENT_PAGE);
            return false;
        }
        return true;
    }
}
