package org.liangxiang.shared.crypto;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The key service and {@link PersonalData}. {@code liangxiang.keys.provider} chooses the key service: {@code software}
 * (the default, {@link SoftwareKeyService}) or the name under which a hardware module's {@link KeyService} bean is
 * registered ({@code @ConditionalOnProperty(name = "liangxiang.keys.provider", havingValue = "hsm")}). An explicit
 * switch rather than {@code @ConditionalOnMissingBean}, which is only reliable in auto-configuration.
 */
@Configuration(proxyBeanMethods = false)
class CryptoConfiguration {

    @Bean
    @ConditionalOnProperty(name = "liangxiang.keys.provider", havingValue = "software", matchIfMissing = true)
    KeyService keyService(KeyProperties properties, Environment environment) {
        if (environment.matchesProfiles("prod") && DemoKeys.inUse(properties)) {
            throw new CryptoException("The prod profile refuses the demo keys of application-demo.yml: they are public."
                    + " Generate production keys with org.liangxiang.shared.crypto.KeyGenerator (docs/crypto.md).");
        }
        return new SoftwareKeyService(properties);
    }

    @Bean
    PersonalData personalData(KeyService keys) {
        return new PersonalData(keys);
    }
}
