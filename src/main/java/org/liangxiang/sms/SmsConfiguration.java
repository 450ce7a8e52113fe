package org.liangxiang.sms;

import java.time.Clock;
import java.util.Optional;
import org.liangxiang.shared.crypto.PersonalData;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Fallback;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo gateway as a fallback: any other {@link SmsGateway} bean (a real gateway's adapter) takes precedence. The
 * demo outbox exists only in the demo profile; elsewhere the demo gateway only logs.
 */
@Configuration(proxyBeanMethods = false)
class SmsConfiguration {

    @Bean
    SmsTexts smsTexts(MessageSource messageSource) {
        return new SmsTexts(messageSource);
    }

    @Bean
    @Fallback
    SmsGateway demoSmsGateway(SmsTexts texts, ObjectProvider<DemoOutbox> outbox) {
        return new DemoSmsGateway(texts, Optional.ofNullable(outbox.getIfAvailable()));
    }

    @Bean
    @Profile("demo")
    DemoOutbox demoOutbox(JdbcClient jdbc, PersonalData personalData) {
        return new DemoOutbox(jdbc, personalData, Clock.systemUTC());
    }
}
