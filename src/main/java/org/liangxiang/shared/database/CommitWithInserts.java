package org.liangxiang.shared.database;

import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.transaction.autoconfigure.TransactionManagerCustomizers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.interceptor.TransactionInterceptor;
import org.springframework.transaction.support.DefaultTransactionStatus;

/**
 * Spring's JDBC transaction manager, whose commit carries the rows the transaction kept for it ({@link
 * InsertsAtCommit}): their insert and {@code COMMIT} go to PostgreSQL as one request (two statements, one round trip
 * instead of two). The driver then finds the transaction ended and sends no {@code COMMIT} of its own; a transaction
 * with nothing kept commits as before.
 *
 * <p>The rows are written after every synchronization's before-commit and before-completion work (rows kept there go
 * too). An insert that fails, or a {@code COMMIT} that fails, fails the commit: the exception reaches the caller, the
 * transaction is rolled back and its after-completion work is told so, as when the insert ran before the commit.
 */
public class CommitWithInserts extends JdbcTransactionManager {

    /** The manager's bean name (Spring Boot's own manager's, which it replaces). */
    public static final String NAME = "transactionManager";

    private final InsertsAtCommit inserts;

    public CommitWithInserts(DataSource dataSource, InsertsAtCommit inserts) {
        super(dataSource);
        this.inserts = inserts;
    }

    @Override
    protected void prepareForCommit(DefaultTransactionStatus status) {
        if (status.isNewTransaction()) {
            inserts.keepForTheCommit();
        }
    }

    @Override
    protected void doCommit(DefaultTransactionStatus status) {
        inserts.writeWithTheCommit();
        super.doCommit(status); // nothing sent when the rows' request has ended the transaction
    }

    /** The application's transaction manager, in place of Spring Boot's (its customizers applied alike). */
    @Configuration(proxyBeanMethods = false)
    static class Setup {

        @Bean(NAME)
        CommitWithInserts transactionManager(
                DataSource dataSource,
                InsertsAtCommit inserts,
                ObjectProvider<TransactionManagerCustomizers> customizers) {
            CommitWithInserts manager = new CommitWithInserts(dataSource, inserts);
            customizers.ifAvailable(c -> c.customize(manager));
            return manager;
        }

        /**
         * Every transaction attribute names this manager ({@link ManagerNamed}), once the singletons are made and
         * before any request: Spring's interceptor then skips its search for a qualifier on the target class.
         */
        @Bean
        static SmartInitializingSingleton transactionManagerNamed(ObjectProvider<TransactionInterceptor> interceptors) {
            return () -> interceptors.orderedStream().forEach(i -> ManagerNamed.install(i, NAME));
        }
    }
}
