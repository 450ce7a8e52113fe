package org.liangxiang.account;

import org.liangxiang.audit.AuditTrail;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * Four filter chains. {@code /staff/**}: staff pages, signed in at {@code /staff/login}. {@code /api/applications/**}:
 * the applicants' JSON API (intake), on the applicant's session. {@code /api/**}: the JSON API,
 * public reference data readable by anyone, the rest for signed-in staff (the partner exchange API will add its own
 * signed chain). Everything else: the applicant portal, signed in at {@code /login}. Staff and applicants keep separate
 * security contexts in the (database-held) session, so a staff sign-in never counts on the portal and vice versa.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    static final String STAFF_CONTEXT_KEY = "LIANGXIANG_STAFF_SECURITY_CONTEXT";

    static final String[] PUBLIC = {
        "/",
        "/css/**",
        "/js/**",
        "/images/**",
        "/fonts/**",
        "/favicon.ico",
        "/error",
        "/login",
        "/actuator/health",
        "/actuator/health/**",
        "/v3/api-docs",
        "/v3/api-docs/**",
        "/swagger-ui.html",
        "/swagger-ui/**"
    };

    /** The applicant portal's public pages (docs/portal.md): code sign-in, the mobile entry, guides, the web app. */
    static final String[] PORTAL_PUBLIC = {
        "/register",
        "/login/code",
        "/login/code/verify",
        "/m",
        "/guide",
        "/guide/**",
        "/manifest.webmanifest",
        "/icons/**"
    };

    static final String[] PUBLIC_API_READS = {
        "/api/regions",
        "/api/regions/**",
        "/api/calendar/**",
        "/api/guides/*",
        "/api/guides/*/materials",
        "/api/policy/in-force",
        "/api/policy/in-force/**",
        "/api/policy/fields"
    };

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    // @Order(1): the staff chain, in StaffSecurityConfiguration (sign-in with password and second factor).

    /** The applicant-facing JSON API (intake): the applicant's own session, not the staff one. */
    static final String[] APPLICANT_API = {"/api/applications", "/api/applications/**"};

    @Bean
    @Order(2)
    SecurityFilterChain applicantApiChain(HttpSecurity http, AuditTrail audit) throws Exception {
        http.securityMatcher(APPLICANT_API)
                .authorizeHttpRequests(auth -> auth.anyRequest().hasRole("APPLICANT"))
                .exceptionHandling(ex -> ex.accessDeniedHandler(new DenialAudit(audit))
                        .authenticationEntryPoint(new ProblemAuthenticationEntryPoint()));
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain apiChain(HttpSecurity http, AuditTrail audit) throws Exception {
        http.securityMatcher("/api/**")
                .securityContext(context -> context.securityContextRepository(staffContextRepository()))
                .authorizeHttpRequests(auth -> auth.requestMatchers(HttpMethod.GET, PUBLIC_API_READS)
                        .permitAll()
                        .anyRequest()
                        .access(StaffAccess.apiStaff()))
                .exceptionHandling(ex -> ex.accessDeniedHandler(new DenialAudit(audit))
                        .authenticationEntryPoint(new ProblemAuthenticationEntryPoint()));
        return http.build();
    }

    @Bean
    @Order(4)
    SecurityFilterChain applicantChain(
            HttpSecurity http,
            ApplicantAccounts applicants,
            PasswordEncoder encoder,
            AuditTrail audit,
            PasswordSignInLimits limits,
            Environment env)
            throws Exception {
        boolean demo = env.acceptsProfiles(Profiles.of("demo"));
        http.authenticationManager(manager(
                        mobile -> applicants
                                .signInDetails(mobile)
                                .orElseThrow(() -> new UsernameNotFoundException("unknown mobile")),
                        encoder,
                        new SignInAudit(audit, "APPLICANT"),
                        limits))
                .authorizeHttpRequests(auth -> {
                    auth.requestMatchers(PUBLIC).permitAll();
                    auth.requestMatchers(PORTAL_PUBLIC).permitAll();
                    if (demo) {
                        auth.requestMatchers("/demo/**").permitAll();
                    }
                    auth.anyRequest().hasRole("APPLICANT");
                })
                .formLogin(form -> form.loginPage("/login")
                        .usernameParameter("mobile")
                        .defaultSuccessUrl("/me", true)
                        .failureUrl("/login?error"))
                .logout(logout -> logout.logoutUrl("/logout")
                        .addLogoutHandler(new SignOutAudit(audit, "APPLICANT"))
                        .logoutSuccessUrl("/login?signedOut"))
                .exceptionHandling(ex -> ex.accessDeniedHandler(new DenialAudit(audit)));
        return http.build();
    }

    private static HttpSessionSecurityContextRepository staffContextRepository() {
        HttpSessionSecurityContextRepository repository = new HttpSessionSecurityContextRepository();
        repository.setSpringSecurityContextKey(STAFF_CONTEXT_KEY);
        return repository;
    }

    /** Password sign-in behind its rate limit (docs/portal.md), audited. */
    private static AuthenticationManager manager(
            UserDetailsService users, PasswordEncoder encoder, SignInAudit signInAudit, PasswordSignInLimits limits) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(encoder);
        ProviderManager manager = new ProviderManager(new LimitedPasswordSignIn(provider, limits));
        manager.setAuthenticationEventPublisher(signInAudit);
        return manager;
    }
}
