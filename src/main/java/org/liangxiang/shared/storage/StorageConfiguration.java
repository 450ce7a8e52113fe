package org.liangxiang.shared.storage;

import org.liangxiang.shared.crypto.KeyService;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The local, encrypted file storage unless another {@link FileStorage} (an object store's) is defined. */
@Configuration(proxyBeanMethods = false)
class StorageConfiguration {

    @Bean
    @ConditionalOnMissingBean(FileStorage.class)
    FileStorage fileStorage(StorageProperties properties, KeyService keys) {
        return new LocalFileStorage(
                properties.directory(), properties.maxFileSize().toBytes(), keys);
    }
}
