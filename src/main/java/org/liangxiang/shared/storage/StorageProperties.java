package org.liangxiang.shared.storage;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The file storage ({@code liangxiang.storage.*}).
 *
 * @param directory where the files are kept; on several nodes, a directory they all mount
 * @param maxFileSize the largest file the storage takes, whatever a caller allows (files are encrypted in memory)
 */
@ConfigurationProperties("liangxiang.storage")
public record StorageProperties(
        @DefaultValue("./data/files") Path directory,
        @DefaultValue("10MB") DataSize maxFileSize) {}
