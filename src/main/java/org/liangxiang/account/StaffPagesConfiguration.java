package org.liangxiang.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Staff pages of a signed-in staff member carry the idle-timeout warning: the request attribute {@code
 * staffIdleSeconds} (the session's idle timeout, set at sign-in from the security settings) makes the shared layout
 * include {@code account/session-warning}.
 */
@Configuration(proxyBeanMethods = false)
class StaffPagesConfiguration implements WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
                    @Override
                    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object h) {
                        HttpSession session = request.getSession(false);
                        Object seconds =
                                session == null ? null : session.getAttribute(StaffSignInCompletion.IDLE_SECONDS);
                        if (seconds != null) {
                            request.setAttribute(StaffSignInCompletion.IDLE_SECONDS, seconds);
                        }
                        return true;
                    }
                })
                .addPathPatterns("/staff", "/staff/**")
                .excludePathPatterns("/staff/login", "/staff/login/**", "/staff/session/**");
    }
}
