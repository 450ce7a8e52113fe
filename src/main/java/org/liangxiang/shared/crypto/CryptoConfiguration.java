package org.liangxiang.shared.crypto;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The software key service unless another {@link KeyService} (a hardware module's) is defined. */
@Configuration(proxyBeanMethods = false)
class CryptoConfiguration {

    @Bean
    @ConditionalOnMissingBean(KeyService.class)
    KeyService keyService(KeyProperties properties) {
        return new SoftwareKeyService(properties);
    }

    @Bean
    PersonalData personalData(KeyService keys) {
        return new PersonalData(keys);
    }
}
