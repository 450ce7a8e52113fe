package org.liangxiang.sms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.MessageSource;
import org.springframework.context.support.StaticMessageSource;

class SmsConfigurationTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withBean(MessageSource.class, StaticMessageSource::new)
            .withUserConfiguration(SmsConfiguration.class);

    record RealGateway() implements SmsGateway {
        @Override
        public void send(String phoneNumber, SmsMessage message) {}
    }

    @Test
    void usesTheDemoGatewayWithoutOutboxWhenNoOtherIsConfigured() {
        runner.run(context -> {
            assertThat(context.getBean(SmsGateway.class)).isInstanceOf(DemoSmsGateway.class);
            assertThat(context).doesNotHaveBean(DemoOutbox.class);
        });
    }

    @Test
    void aRealGatewayTakesPrecedenceOverTheDemoOne() {
        runner.withBean(RealGateway.class, RealGateway::new)
                .run(context -> assertThat(context.getBean(SmsGateway.class)).isInstanceOf(RealGateway.class));
    }
}
