package org.liangxiang;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Liangxiang (两项补贴全程网办): the disability subsidies, applied for and handled fully online. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@Modulithic(sharedModules = "shared")
public class LiangxiangApplication {

    public static void main(String[] args) {
        SpringApplication.run(LiangxiangApplication.class, args);
    }
}
