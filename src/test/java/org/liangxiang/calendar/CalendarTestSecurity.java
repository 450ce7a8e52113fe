package org.liangxiang.calendar;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;

/**
 * Method security for the calendar's integration tests, so that they check the {@code @PreAuthorize} of schedule
 * entry whether or not the application enables it yet. Harmless once it does: Spring Security registers its method
 * interceptors once.
 */
@TestConfiguration(proxyBeanMethods = false)
@EnableMethodSecurity
public class CalendarTestSecurity {}
