package org.liangxiang.shared.database;

import java.lang.reflect.Method;
import org.springframework.transaction.interceptor.DefaultTransactionAttribute;
import org.springframework.transaction.interceptor.TransactionAttribute;
import org.springframework.transaction.interceptor.TransactionAttributeSource;
import org.springframework.transaction.interceptor.TransactionInterceptor;
import org.springframework.util.StringUtils;

/**
 * The transaction attributes of {@code @Transactional} methods, each naming the application's one transaction manager
 * when it names none. Spring's interceptor then takes the manager from its cache by that name; for an attribute naming
 * none it first looks for a {@code @Qualifier} annotation on the target class, at every transactional call (Spring
 * 6.2 and later; about a third of the interceptor's own time in run 24's profile of a submission). The application has
 * one manager ({@link CommitWithInserts}) and no class carries such a qualifier, so the manager used is the same.
 *
 * <p>The attributes are the source's own, which it caches per method: each is named once, at its first call. An
 * attribute that names a manager keeps it.
 */
final class ManagerNamed implements TransactionAttributeSource {

    private final TransactionAttributeSource source;
    private final String manager;

    ManagerNamed(TransactionAttributeSource source, String manager) {
        this.source = source;
        this.manager = manager;
    }

    /** Puts the naming source in front of the interceptor's (once; an interceptor without a source is left as is). */
    static void install(TransactionInterceptor interceptor, String manager) {
        TransactionAttributeSource current = interceptor.getTransactionAttributeSource();
        if (current != null && !(current instanceof ManagerNamed)) {
            interceptor.setTransactionAttributeSource(new ManagerNamed(current, manager));
        }
    }

    @Override
    public boolean isCandidateClass(Class<?> targetClass) {
        return source.isCandidateClass(targetClass);
    }

    @Override
    public boolean hasTransactionAttribute(Method method, Class<?> targetClass) {
        return source.hasTransactionAttribute(method, targetClass);
    }

    @Override
    public TransactionAttribute getTransactionAttribute(Method method, Class<?> targetClass) {
        TransactionAttribute attribute = source.getTransactionAttribute(method, targetClass);
        if (attribute instanceof DefaultTransactionAttribute named && !StringUtils.hasText(named.getQualifier())) {
            named.setQualifier(manager); // the same value from any thread that gets here first
        }
        return attribute;
    }
}
