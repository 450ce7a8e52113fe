package org.liangxiang.account;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.io.IOException;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * The session a request saved, answered again by the session store for the rest of that request instead of read.
 *
 * <p>Spring Session (4.1) saves the session twice in a request whose answer is sent before the request ends (an answer
 * of known length, such as a submission's: the response is committed when its last byte is written): once then, and
 * once when its filter ends. The first save forgets the session id the request came with, so the second looks it up
 * again, reading the session from the database once more (a select and its attributes) only to learn its id. Here the
 * store remembers the session each save wrote, on the request's thread, and answers a lookup of that id with it; the
 * memory is dropped when the request ends (a filter around Spring Session's), so no later request ever gets a session
 * saved by another one. Nothing else changes: every save still writes, and a lookup of any other id (the session id
 * the request came with after a sign-in changed it, say) reads as before.
 */
@Configuration(proxyBeanMethods = false)
class SessionSavedInRequest {

    /**
     * The session saved last in the request running on this thread (in its only element); absent outside a request,
     * so that nothing is remembered for work that no request's end would forget.
     */
    private static final ThreadLocal<Session[]> SAVED = new ThreadLocal<>();

    /** The JDBC session store, answering a lookup of the session this request saved with it. */
    @Bean
    static BeanPostProcessor sessionSavedInRequestStore() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (!(bean instanceof JdbcIndexedSessionRepository)) {
                    return bean;
                }
                ProxyFactory proxy = new ProxyFactory(bean);
                proxy.setProxyTargetClass(true); // injected by its class as well as by its interfaces
                proxy.addAdvice(new Remembering());
                return proxy.getProxy(bean.getClass().getClassLoader());
            }
        };
    }

    /** The memory kept for a request and dropped when it ends: around Spring Session's filter, for each dispatch it sees. */
    @Bean
    FilterRegistrationBean<Filter> sessionSavedInRequestForgotten() {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new Forgetting());
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC, DispatcherType.ERROR);
        registration.setName("sessionSavedInRequestForgotten");
        return registration;
    }

    /** What the store's save, lookup and deletion do with the memory. */
    static final class Remembering implements MethodInterceptor {
        @Override
        public Object invoke(MethodInvocation invocation) throws Throwable {
            Object[] args = invocation.getArguments();
            switch (invocation.getMethod().getName()) {
                case "findById" -> {
                    Session[] saved = SAVED.get();
                    if (saved != null
                            && saved[0] != null
                            && args.length == 1
                            && saved[0].getId().equals(args[0])) {
                        return saved[0];
                    }
                }
                case "save" -> {
                    Object result = invocation.proceed();
                    Session[] saved = SAVED.get();
                    if (saved != null && args.length == 1 && args[0] instanceof Session session) {
                        saved[0] = session;
                    }
                    return result;
                }
                case "deleteById" -> {
                    Session[] saved = SAVED.get();
                    if (saved != null) {
                        saved[0] = null;
                    }
                }
                default -> {}
            }
            return invocation.proceed();
        }
    }

    /** Opens the memory for a request (or its error or asynchronous dispatch) and forgets it when that ends. */
    static final class Forgetting implements Filter {
        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                throws IOException, ServletException {
            inRequest(() -> chain.doFilter(request, response));
        }
    }

    /** Work that may throw what a filter chain throws. */
    interface RequestWork {
        void run() throws IOException, ServletException;
    }

    /** Runs {@code work} as a request: what it saves is remembered until it ends (a nested request has its own). */
    static void inRequest(RequestWork work) throws IOException, ServletException {
        Session[] outer = SAVED.get();
        SAVED.set(new Session[1]);
        try {
            work.run();
        } finally {
            if (outer == null) {
                SAVED.remove();
            } else {
                SAVED.set(outer);
            }
        }
    }
}
