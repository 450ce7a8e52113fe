package org.liangxiang.shared.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The generator's lines, given to the application as environment variables, configure a working key service. */
class KeyGeneratorTests {

    private final SecureRandom random = seeded();

    private static SecureRandom seeded() {
        try {
            SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
            random.setSeed(20261129L);
            return random;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Environment-variable lines as an env file holds them; a later line overrides an earlier one. */
    private static Map<String, Object> variables(String... outputs) {
        Map<String, Object> variables = new LinkedHashMap<>();
        for (String output : outputs) {
            output.lines().filter(line -> !line.startsWith("#")).forEach(line -> {
                int equals = line.indexOf('=');
                variables.put(line.substring(0, equals), line.substring(equals + 1));
            });
        }
        return variables;
    }

    @Test
    void printsACompleteSetOfEnvironmentVariables() {
        String output = KeyGenerator.lines(new String[0], random);

        assertThat(output.lines().filter(line -> !line.startsWith("#")))
                .allMatch(line -> line.matches("LIANGXIANG_KEYS_[A-Z0-9_]+=[A-Za-z0-9+/=]+"))
                .extracting(line -> line.substring(0, line.indexOf('=')))
                .containsExactly(
                        "LIANGXIANG_KEYS_CURRENTVERSION",
                        "LIANGXIANG_KEYS_DATAKEYS_1",
                        "LIANGXIANG_KEYS_BLINDINDEXKEY",
                        "LIANGXIANG_KEYS_SIGNINGKEY",
                        "LIANGXIANG_KEYS_VERIFICATIONKEY");
    }

    @Test
    void itsOutputConfiguresAWorkingKeyServiceInProd() {
        Map<String, Object> variables = variables(KeyGenerator.lines(new String[0], random));
        byte[] data = "checkpoint".getBytes(StandardCharsets.UTF_8);

        CryptoContexts.runner(variables, "prod").run(context -> {
            assertThat(context).hasNotFailed();
            SoftwareKeyService keys = context.getBean(SoftwareKeyService.class);
            assertThat(keys.currentKeyVersion()).isEqualTo(1);
            assertThat(keys.decrypt(keys.encrypt(data, data), data)).isEqualTo(data);
            assertThat(keys.verify(data, keys.sign(data))).isTrue();
            assertThat(keys.verificationKeyHex()).isEqualTo(variables.get("LIANGXIANG_KEYS_VERIFICATIONKEY"));
            assertThat(keys.blindIndex("phone", data)).hasSize(32);
        });
    }

    @Test
    void twoRunsGiveDifferentKeys() {
        Map<String, Object> first = variables(KeyGenerator.lines(new String[0], random));
        Map<String, Object> second = variables(KeyGenerator.lines(new String[0], random));

        first.forEach((name, value) -> {
            if (!name.equals("LIANGXIANG_KEYS_CURRENTVERSION")) {
                assertThat(second.get(name)).as(name).isNotEqualTo(value);
            }
        });
    }

    @Test
    void aDataKeyRotationAddsAVersionThatNewValuesUse() {
        String first = KeyGenerator.lines(new String[0], random);
        byte[] data = "41010219900307123X".getBytes(StandardCharsets.UTF_8);
        byte[] old = new SoftwareKeyService(bind(variables(first))).encrypt(data, data);

        Map<String, Object> rotated = variables(first, KeyGenerator.lines(new String[] {"data-key", "2"}, random));

        assertThat(rotated).containsKeys("LIANGXIANG_KEYS_DATAKEYS_1", "LIANGXIANG_KEYS_DATAKEYS_2");
        CryptoContexts.runner(rotated, "prod").run(context -> {
            KeyService keys = context.getBean(KeyService.class);
            assertThat(keys.currentKeyVersion()).isEqualTo(2);
            assertThat(keys.decrypt(old, data)).isEqualTo(data);
            assertThat(KeyService.keyVersion(keys.encrypt(data, data))).isEqualTo(2);
        });
    }

    @Test
    void aSigningKeyRotationKeepsOldSignaturesVerifiable() {
        Map<String, Object> first = variables(KeyGenerator.lines(new String[0], random));
        byte[] data = "checkpoint 1".getBytes(StandardCharsets.UTF_8);
        byte[] oldSignature = new SoftwareKeyService(bind(first)).sign(data);

        Map<String, Object> rotated = new LinkedHashMap<>(first);
        rotated.putAll(variables(KeyGenerator.lines(new String[] {"signing-key"}, random)));
        rotated.put("LIANGXIANG_KEYS_PREVIOUSVERIFICATIONKEYS_0", first.get("LIANGXIANG_KEYS_VERIFICATIONKEY"));

        CryptoContexts.runner(rotated, "prod").run(context -> {
            KeyService keys = context.getBean(KeyService.class);
            assertThat(keys.verify(data, oldSignature)).isTrue();
            assertThat(Sm2.verify(
                            Sm2.publicKey((String) rotated.get("LIANGXIANG_KEYS_VERIFICATIONKEY")),
                            data,
                            keys.sign(data)))
                    .isTrue();
        });
    }

    @Test
    void aPrivateKeyWithTheWrongPublicKeyIsRefused() {
        Map<String, Object> variables = variables(KeyGenerator.lines(new String[0], random));
        variables.put(
                "LIANGXIANG_KEYS_VERIFICATIONKEY",
                variables(KeyGenerator.lines(new String[] {"signing-key"}, random))
                        .get("LIANGXIANG_KEYS_VERIFICATIONKEY"));

        CryptoContexts.runner(variables, "prod")
                .run(
                        context -> assertThat(context.getStartupFailure())
                                .rootCause()
                                .hasMessage(
                                        "liangxiang.keys.verification-key is not the public key of liangxiang.keys.signing-key"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"data-key", "data-key 0", "data-key 65536", "data-key two", "signing-key 2", "everything"})
    void refusesUnknownArguments(String arguments) {
        assertThatThrownBy(() -> KeyGenerator.lines(arguments.split(" "), random))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(KeyGenerator.USAGE);
    }

    /** Binds environment variables the way the application does, and returns what the key service receives. */
    private static KeyProperties bind(Map<String, Object> variables) {
        KeyProperties[] bound = new KeyProperties[1];
        CryptoContexts.runner(variables, "prod").run(context -> bound[0] = context.getBean(KeyProperties.class));
        return bound[0];
    }
}
