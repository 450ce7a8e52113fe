package org.liangxiang.shared.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every module keeps its own message bundle, {@code messages/<module>.properties} (zh-CN, the default) with
 * {@code messages/<module>_en.properties} beside it; this finds them all, so a new module needs no configuration. A
 * module may split its texts into more bundles, {@code messages/<module>.<part>.properties} (keys {@code <module>.<part>.}).
 */
@Configuration(proxyBeanMethods = false)
class MessagesConfiguration {

    private static final Pattern LOCALE_SUFFIX = Pattern.compile("_[a-z]{2}(_[A-Z]{2})?$");

    // ReloadableResourceBundleMessageSource (never reloading: cacheSeconds stays -1) rather than
    // ResourceBundleMessageSource, which reads a dot in a bundle's name (messages/account.staff) as a folder.
    @Bean
    MessageSource messageSource() {
        ReloadableResourceBundleMessageSource source = new ReloadableResourceBundleMessageSource();
        source.setBasenames(
                Arrays.stream(moduleBundles()).map(name -> "classpath:" + name).toArray(String[]::new));
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setUseCodeAsDefaultMessage(false);
        return source;
    }

    /** The base names of every bundle under {@code messages/}, e.g. {@code messages/shared}. */
    static String[] moduleBundles() {
        try {
            Resource[] resources =
                    new PathMatchingResourcePatternResolver().getResources("classpath*:messages/*.properties");
            return Arrays.stream(resources)
                    .map(Resource::getFilename)
                    .map(name -> name.substring(0, name.length() - ".properties".length()))
                    .filter(name -> !LOCALE_SUFFIX.matcher(name).find())
                    .distinct()
                    .sorted()
                    .map(name -> "messages/" + name)
                    .toArray(String[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
