package nl.veiligthuis.keten.platform.axon;

import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;

/**
 * Axon's units of work on Spring's transactions, with Spring's own semantics for a unit of work that joins an
 * enclosing transaction (a Kafka listener's, an Idempotency-Key request's): its rollback marks the enclosing
 * transaction rollback-only. Axon's {@code SpringTransactionManager} leaves a joined transaction untouched on
 * rollback, so a caller that caught the command's failure could still commit the events it appended before a
 * subscribing handler failed.
 */
public class JoiningSpringTransactionManager implements TransactionManager {

    private final PlatformTransactionManager transactionManager;

    public JoiningSpringTransactionManager(PlatformTransactionManager transactionManager) {
        this.transactionManager = transactionManager;
    }

    @Override
    public Transaction startTransaction() {
        TransactionStatus status = transactionManager.getTransaction(new DefaultTransactionDefinition());
        return new Transaction() {
            @Override
            public void commit() {
                transactionManager.commit(status);
            }

            @Override
            public void rollback() {
                transactionManager.rollback(status);
            }
        };
    }
}
