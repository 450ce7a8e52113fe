package org.liangxiang.shared.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.io.ClassPathResource;

/** Which key service the application gets, and when it refuses to start. No database needed. */
class CryptoConfigurationTests {

    private static final String[] PROD_FILES = {"application.yml", "application-prod.yml"};
    private static final String[] DEMO_FILES = {"application.yml", "application-demo.yml"};

    private static ApplicationContextRunner withFiles(Map<String, Object> variables, String profile, String... files) {
        return CryptoContexts.runner(variables, profile)
                .withInitializer(context -> CryptoContexts.load(context, files));
    }

    @Test
    void prodWithoutKeysRefusesToStartNamingEachMissingProperty() {
        withFiles(Map.of(), "prod", PROD_FILES).run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure())
                    .rootCause()
                    .isInstanceOf(CryptoException.class)
                    .hasMessageContaining(
                            "Key material is missing: liangxiang.keys.current-version,"
                                    + " liangxiang.keys.data-keys, liangxiang.keys.blind-index-key, liangxiang.keys.signing-key.")
                    .hasMessageContaining("KeyGenerator");
        });
    }

    @Test
    void withoutAnyConfigurationFilesItRefusesToo() {
        CryptoContexts.runner(Map.of())
                .run(context -> assertThat(context.getStartupFailure())
                        .rootCause()
                        .isInstanceOf(CryptoException.class)
                        .hasMessageStartingWith("Key material is missing: liangxiang.keys.current-version,"));
    }

    @Test
    void prodRefusesTheDemoKeys() {
        withFiles(Map.of(), "prod", "application.yml", "application-demo.yml", "application-prod.yml")
                .run(context -> assertThat(context.getStartupFailure())
                        .rootCause()
                        .isInstanceOf(CryptoException.class)
                        .hasMessageContaining("prod profile refuses the demo keys"));
    }

    @Test
    void prodRefusesADemoKeyEvenAmongItsOwn() {
        Random random = new Random(7);
        Map<String, Object> variables = Map.of(
                "LIANGXIANG_KEYS_CURRENTVERSION", "2",
                "LIANGXIANG_KEYS_DATAKEYS_2", TestKeys.key(random, 16),
                "LIANGXIANG_KEYS_BLINDINDEXKEY", TestKeys.key(random, 32),
                "LIANGXIANG_KEYS_SIGNINGKEY", TestKeys.signingKey(random));
        withFiles(variables, "prod", "application.yml", "application-demo.yml")
                .run(context -> assertThat(context.getStartupFailure())
                        .rootCause()
                        .hasMessageContaining("prod profile refuses the demo keys"));
    }

    @Test
    void demoStartsWithTheDemoKeys() {
        withFiles(Map.of(), "demo", DEMO_FILES).run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(SoftwareKeyService.class);
            PersonalData personalData = context.getBean(PersonalData.class);
            byte[] sealed = personalData.seal("13812345678", "applicant", "phone", 1);
            assertThat(personalData.open(sealed, "applicant", "phone", 1)).isEqualTo("13812345678");
        });
    }

    /** DemoKeys recognises exactly the keys of application-demo.yml (update its fingerprints with the file). */
    @Test
    void demoFingerprintsAreThoseOfApplicationDemoYml() {
        withFiles(Map.of(), "demo", DEMO_FILES).run(context -> {
            KeyProperties demo = Binder.get(context.getEnvironment())
                    .bind("liangxiang.keys", KeyProperties.class)
                    .get();
            assertThat(DemoKeys.fingerprints(demo)).containsExactlyInAnyOrderElementsOf(DemoKeys.FINGERPRINTS);
            assertThat(DemoKeys.inUse(TestKeys.properties(new Random(1)))).isFalse();
        });
    }

    @Test
    void onlyTheDemoConfigurationSetsKeys() throws IOException {
        for (String file : List.of("application.yml", "application-prod.yml", "application-demo.yml")) {
            List<String> keyProperties = new YamlPropertySourceLoader()
                    .load(file, new ClassPathResource(file)).stream()
                            .flatMap(source -> Stream.of(((EnumerablePropertySource<?>) source).getPropertyNames()))
                            .filter(name -> name.startsWith("liangxiang.keys."))
                            .toList();
            assertThat(keyProperties).as(file).hasSize(file.equals("application-demo.yml") ? 4 : 0);
        }
    }

    /** The demo key values appear in application-demo.yml and in no other file of the application. */
    @Test
    void demoKeysLiveOnlyInApplicationDemoYml() throws IOException {
        List<String> demoValues = Files.readAllLines(Path.of("src/main/resources/application-demo.yml")).stream()
                .map(String::trim)
                .filter(line -> line.matches("(1|blind-index-key|signing-key): .{20,}"))
                .map(line -> line.substring(line.indexOf(':') + 1).trim())
                .toList();
        assertThat(demoValues).hasSize(3);

        try (Stream<Path> files = Stream.of(Path.of("src"), Path.of("docs"), Path.of("README.md"))
                .filter(Files::exists)
                .flatMap(CryptoConfigurationTests::walk)) {
            List<Path> holders = files.filter(Files::isRegularFile)
                    .filter(file -> demoValues.stream().anyMatch(value -> contains(file, value)))
                    .toList();
            assertThat(holders).containsExactly(Path.of("src/main/resources/application-demo.yml"));
        }
    }

    private static Stream<Path> walk(Path start) {
        try {
            return Files.walk(start);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean contains(Path file, String value) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class HardwareModule {
        @Bean
        KeyService hardwareKeyService() {
            // stands in for a vendor's module: any KeyService that is not the software one's bean
            return new SoftwareKeyService(TestKeys.properties(new Random(99)));
        }
    }

    @Test
    void anotherProviderReplacesTheSoftwareKeyServiceAndNeedsNoSoftwareKeys() {
        CryptoContexts.runner(Map.of("LIANGXIANG_KEYS_PROVIDER", "hsm"), "prod")
                .withUserConfiguration(HardwareModule.class)
                .run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(KeyService.class);
                    assertThat(context).hasBean("hardwareKeyService").doesNotHaveBean("keyService");
                    assertThat(context).hasSingleBean(PersonalData.class);
                });
    }
}
