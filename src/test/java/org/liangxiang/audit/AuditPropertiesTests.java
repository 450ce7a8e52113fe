package org.liangxiang.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** Audit logs are kept at least six months (网络安全法 第二十一条: 不少于六个月), counted as 180 days. */
class AuditPropertiesTests {

    private static AuditProperties withRetention(Period retention) {
        return new AuditProperties(retention, null, null, null, null, null, null);
    }

    @Test
    void retentionDefaultsTo180Days() {
        assertThat(withRetention(null).retention()).isEqualTo(Period.ofDays(180));
        assertThat(withRetention(null).retentionInterval()).isEqualTo("P180D");
    }

    @ParameterizedTest(name = "{0} accepted: {1}")
    @CsvSource({
        "P180D,  true",
        "P6M,    true",
        "P1Y,    true",
        "P5M30D, true",
        "P179D,  false",
        "P5M,    false",
        "P5M29D, false",
        "P0D,    false",
        "P-1Y,   false"
    })
    void retentionBelowSixMonthsIsRefused(String retention, boolean accepted) {
        Period period = Period.parse(retention);
        if (accepted) {
            assertThat(withRetention(period).retention()).isEqualTo(period);
        } else {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> withRetention(period))
                    .withMessageContaining("liangxiang.audit.retention")
                    .withMessageContaining("six months");
        }
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(AuditProperties.class)
    static class Bound {}

    @Test
    void theApplicationRefusesToStartWithAShortRetention() {
        new ApplicationContextRunner()
                .withUserConfiguration(Bound.class)
                .withPropertyValues("liangxiang.audit.retention=30d")
                .run(context -> assertThat(context)
                        .hasFailed()
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("audit records must be kept at least six months"));
    }

    @Test
    void simpleAndIsoFormsBind() {
        new ApplicationContextRunner()
                .withUserConfiguration(Bound.class)
                .withPropertyValues("liangxiang.audit.retention=P1Y", "liangxiang.audit.checkpoint-interval=5m")
                .run(context -> {
                    AuditProperties properties = context.getBean(AuditProperties.class);
                    assertThat(properties.retention()).isEqualTo(Period.ofYears(1));
                    assertThat(properties.checkpointInterval()).hasMinutes(5);
                });
    }
}
