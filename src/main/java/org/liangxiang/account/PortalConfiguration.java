package org.liangxiang.account;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Fallback;

/** The applicant portal's ports: another {@link RealNameVerification} bean (a real adapter) takes precedence. */
@Configuration(proxyBeanMethods = false)
class PortalConfiguration {

    @Bean
    @Fallback
    RealNameVerification unconfiguredRealNameVerification() {
        return new UnconfiguredRealNameVerification();
    }
}
