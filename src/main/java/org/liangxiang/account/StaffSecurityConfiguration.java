package org.liangxiang.account;

import java.util.List;
import org.liangxiang.audit.AuditTrail;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * The staff chain ({@code /staff/**}): sign-in in two steps. The password step ({@code /staff/login}) refuses a locked
 * or disabled account before looking at the password and, when the password is right, grants only {@link
 * StaffAccess#PASSWORD_VERIFIED}; the second step ({@code /staff/login/code}, or {@code /staff/login/enrol} for an
 * account without a second factor yet) grants the role ({@link StaffSignInCompletion}).
 */
@Configuration(proxyBeanMethods = false)
class StaffSecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain staffChain(
            HttpSecurity http, StaffAccounts staff, SignInLockout lockout, PasswordEncoder encoder, AuditTrail audit)
            throws Exception {
        http.securityMatcher("/staff/**")
                .securityContext(context -> context.securityContextRepository(contextRepository()))
                .authenticationManager(passwordStep(staff, lockout, encoder, audit))
                .authorizeHttpRequests(auth -> auth.requestMatchers("/staff/login")
                        .permitAll()
                        .requestMatchers("/staff/login/code", "/staff/login/enrol")
                        .hasAuthority(StaffAccess.PASSWORD_VERIFIED)
                        .requestMatchers("/staff/admin/security", "/staff/admin/security/**")
                        .hasRole("SECURITY_ADMIN")
                        .requestMatchers("/staff/audit", "/staff/audit/**")
                        .hasRole("AUDIT_ADMIN")
                        .requestMatchers("/staff/admin", "/staff/admin/**")
                        .hasRole("SYSTEM_ADMIN")
                        .requestMatchers("/staff", "/staff/session/**", "/staff/me/**")
                        .hasRole("STAFF")
                        .anyRequest()
                        .access(StaffAccess.businessStaff()))
                .formLogin(form -> form.loginPage("/staff/login")
                        .loginProcessingUrl("/staff/login")
                        .defaultSuccessUrl("/staff/login/code", true)
                        .failureUrl("/staff/login?error"))
                .logout(logout -> logout.logoutUrl("/staff/logout")
                        .addLogoutHandler(new SignOutAudit(audit, "STAFF"))
                        .logoutSuccessUrl("/staff/login?signedOut"))
                .exceptionHandling(ex -> ex.accessDeniedHandler(new SecondStepFirst(new DenialAudit(audit))));
        return http.build();
    }

    static HttpSessionSecurityContextRepository contextRepository() {
        HttpSessionSecurityContextRepository repository = new HttpSessionSecurityContextRepository();
        repository.setSpringSecurityContextKey(SecurityConfiguration.STAFF_CONTEXT_KEY);
        return repository;
    }

    private static AuthenticationManager passwordStep(
            StaffAccounts staff, SignInLockout lockout, PasswordEncoder encoder, AuditTrail audit) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(username ->
                staff.signInDetails(username).orElseThrow(() -> new UsernameNotFoundException("unknown staff user")));
        provider.setPasswordEncoder(encoder);
        provider.setPreAuthenticationChecks(new StaffAccountStatusCheck(lockout));
        provider.setAuthoritiesMapper(granted -> List.of(new SimpleGrantedAuthority(StaffAccess.PASSWORD_VERIFIED)));
        ProviderManager manager = new ProviderManager(provider);
        manager.setAuthenticationEventPublisher(new StaffSignInEvents(audit, staff, lockout));
        return manager;
    }
}
