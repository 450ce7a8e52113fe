package org.liangxiang.shared.database;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Rows a transaction inserts just before it commits, every table's by one statement: the rows of one table by one
 * multi-row {@code INSERT}, the tables' inserts joined as the parts of one {@code WITH} (the audit records and the
 * notification inbox's rows of an act: one round trip instead of two). Outside a transaction with Spring's
 * synchronization, in a read-only one, or once the transaction's rows are written, rows are inserted at once.
 *
 * <p>The insert runs after the transaction's other before-commit work (lowest precedence), and with the application's
 * transaction manager ({@link CommitWithInserts}) goes with the {@code COMMIT} itself, one round trip for both; a failed
 * insert fails the commit, so a transaction never commits without its rows; a rollback drops them unwritten. {@link #flush()} writes
 * what is kept so far (a module reading its own table in the transaction calls it first). A rollback to a savepoint (a
 * nested transaction) drops the rows kept since it, and the database undoes every insert since it: rows kept before the
 * savepoint but written after it are kept again, to be written at the commit.
 *
 * <p>Each table's rows keep their order (a trigger numbering them sees them as one insert each would); the parts of
 * one statement do not see each other's rows, so only tables whose inserts do not depend on each other are joined.
 */
@Component
public class InsertsAtCommit {

    /** PostgreSQL takes at most 65,535 bind parameters a statement; one statement stays below this. */
    public static final int MOST_PARAMETERS = 60_000;

    /**
     * One table's insert: {@code INSERT INTO <table> (<columns>) VALUES }, one row's placeholders (one {@code ?} a
     * column, casts allowed), and what follows the rows ({@code ON CONFLICT ...}, or empty).
     */
    public record Table(String head, String row, String tail) {

        public Table {
            Objects.requireNonNull(head, "head");
            Objects.requireNonNull(row, "row");
            tail = tail == null ? "" : tail;
            if (!head.startsWith("INSERT INTO ") || !head.stripTrailing().endsWith("VALUES")) {
                throw new IllegalArgumentException("head: INSERT INTO <table> (<columns>) VALUES, was " + head);
            }
        }

        /** The bind parameters of one row. */
        int width() {
            return (int) row.chars().filter(ch -> ch == '?').count();
        }
    }

    private final JdbcClient jdbc;

    public InsertsAtCommit(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Keeps the rows (each its table's columns' values, in order) for the insert before the commit, or writes them. */
    public void insert(Table table, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        for (Object[] row : rows) {
            if (row.length != table.width()) {
                throw new IllegalArgumentException(
                        "a row of " + table.width() + " values for " + table.head() + ", was " + row.length);
            }
        }
        Kept kept = ofThisTransaction(true);
        if (kept == null || !kept.keep(table, rows)) {
            write(List.of(new Rows(table, List.copyOf(rows))), false);
        }
    }

    /**
     * The rows the current transaction has kept and not yet written, handed to a statement of the caller that writes
     * them as parts of its own {@code WITH} (one round trip fewer than its statement and the insert at the commit):
     * {@link Joined#parts()} is {@code <prefix>w0 AS (INSERT ...), <prefix>w1 AS (...)}, whose values are named
     * parameters {@code :<prefix>0}, {@code :<prefix>1}, ... in {@link Joined#parameters()}. From here on the rows
     * count as written: the caller must run its statement in this transaction (a failed statement fails the
     * transaction), and it must not read these tables (the parts of one statement do not see each other's rows).
     * Nothing kept, no transaction, or more values than one statement takes: {@link Joined#NONE}, and the rows are
     * written at the commit as before.
     */
    public Joined join(String prefix) {
        Kept kept = ofThisTransaction(false);
        return kept == null ? Joined.NONE : kept.join(prefix);
    }

    /** Kept rows joined into a caller's statement: its {@code WITH} parts (empty: none) and their named values. */
    public record Joined(String parts, Map<String, Object> parameters) {

        public static final Joined NONE = new Joined("", Map.of());

        public boolean isEmpty() {
            return parts.isEmpty();
        }

        /** The caller's statement with these parts first in its {@code WITH} (added when it has none). */
        public String into(String statement) {
            if (isEmpty()) {
                return statement;
            }
            return statement.startsWith("WITH ")
                    ? "WITH " + parts + ", " + statement.substring("WITH ".length())
                    : "WITH " + parts + "\n" + statement;
        }
    }

    /** Writes what the current transaction has kept so far, so that a read in it sees those rows. */
    public void flush() {
        Kept kept = ofThisTransaction(false);
        if (kept != null) {
            kept.flush();
        }
    }

    /**
     * The current transaction is about to commit by {@link CommitWithInserts}: its rows wait for {@link
     * #writeWithTheCommit()} instead of being written by a statement of their own before the commit.
     */
    void keepForTheCommit() {
        Kept kept = ofThisTransaction(false);
        if (kept != null) {
            kept.withTheCommit = true;
        }
    }

    /**
     * Writes what the current transaction has kept and not written, its last statement followed by {@code COMMIT} in
     * the same request (which ends the transaction); nothing when all is written.
     */
    void writeWithTheCommit() {
        Kept kept = ofThisTransaction(false);
        if (kept != null) {
            kept.writeWithTheCommit();
        }
    }

    /** Some rows of one table, in order. */
    private record Rows(Table table, List<Object[]> rows) {}

    /**
     * The rows now: one statement for all while it stays within the bind parameters, else one for each part; with
     * {@code commit}, the last statement followed by {@code COMMIT} in the same request.
     */
    private void write(List<Rows> parts, boolean commit) {
        long parameters = parts.stream()
                .mapToLong(p -> (long) p.rows().size() * p.table().width())
                .sum();
        if (parameters <= MOST_PARAMETERS) {
            writeAtOnce(parts, commit);
            return;
        }
        List<List<Rows>> statements = new ArrayList<>();
        for (Rows part : parts) {
            int perStatement = Math.max(1, MOST_PARAMETERS / part.table().width());
            for (int from = 0; from < part.rows().size(); from += perStatement) {
                statements.add(List.of(new Rows(
                        part.table(),
                        part.rows().subList(from, Math.min(part.rows().size(), from + perStatement)))));
            }
        }
        for (int i = 0; i < statements.size(); i++) {
            writeAtOnce(statements.get(i), commit && i == statements.size() - 1);
        }
    }

    /**
     * One table's part alone as a statement; several joined as the parts of one WITH, the last as its statement; with
     * {@code commit}, {@code COMMIT} after it in the same request (the driver sends both, then waits once).
     */
    private void writeAtOnce(List<Rows> parts, boolean commit) {
        List<String> inserts = new ArrayList<>(parts.size());
        List<Object> values = new ArrayList<>();
        for (Rows part : parts) {
            StringBuilder insert = new StringBuilder(part.table().head().stripTrailing()).append(' ');
            for (int r = 0; r < part.rows().size(); r++) {
                insert.append(r == 0 ? "" : ", ").append(part.table().row());
                values.addAll(Arrays.asList(part.rows().get(r)));
            }
            if (!part.table().tail().isEmpty()) {
                insert.append(' ').append(part.table().tail());
            }
            inserts.add(insert.toString());
        }
        StringBuilder sql = new StringBuilder();
        for (int i = 0; i < inserts.size() - 1; i++) {
            sql.append(i == 0 ? "WITH " : ", ")
                    .append("w")
                    .append(i)
                    .append(" AS (")
                    .append(inserts.get(i))
                    .append(')');
        }
        if (inserts.size() > 1) {
            sql.append('\n');
        }
        sql.append(inserts.get(inserts.size() - 1));
        if (commit) {
            sql.append(";\nCOMMIT");
        }
        jdbc.sql(sql.toString()).params(values).update();
    }

    /**
     * The current transaction's kept rows (registered with it on its first rows when asked to); null outside a
     * transaction with synchronization, and in a read-only one (whose insert must fail where it is made).
     */
    private Kept ofThisTransaction(boolean register) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()
                || !TransactionSynchronizationManager.isActualTransactionActive()
                || TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            return null;
        }
        // the transaction's own synchronizations only (a suspended outer transaction's are set aside)
        for (TransactionSynchronization s : TransactionSynchronizationManager.getSynchronizations()) {
            if (s instanceof Kept kept && kept.owner == this) {
                return kept;
            }
        }
        if (!register) {
            return null;
        }
        Kept fresh = new Kept(this);
        TransactionSynchronizationManager.registerSynchronization(fresh);
        return fresh;
    }

    /** One transaction's rows, in the order kept, and how many of them are written. */
    private static final class Kept implements TransactionSynchronization {

        /** How far the transaction had got when a savepoint was taken: rows kept, rows written. */
        private record Mark(int made, int written) {}

        private static final Mark BEFORE_FIRST = new Mark(0, 0);

        private final InsertsAtCommit owner;
        private final List<Table> tables = new ArrayList<>();
        private final List<Object[]> made = new ArrayList<>();
        private final Map<Object, Mark> savepoints = new HashMap<>();
        private int written;
        private boolean closed;
        /** Written by the commit's own request ({@link CommitWithInserts}), not before it. */
        private boolean withTheCommit;

        Kept(InsertsAtCommit owner) {
            this.owner = owner;
        }

        boolean keep(Table table, List<Object[]> rows) {
            if (closed) {
                return false;
            }
            for (Object[] row : rows) {
                tables.add(table);
                made.add(row.clone());
            }
            return true;
        }

        /** Writes the rows kept and not written yet (also when the transaction is flushed: {@code status.flush()}). */
        @Override
        public void flush() {
            if (written == made.size()) {
                return;
            }
            owner.write(unwritten(), false);
            written = made.size();
        }

        void writeWithTheCommit() {
            closed = true;
            if (written == made.size()) {
                return;
            }
            owner.write(unwritten(), true);
            written = made.size();
        }

        /** The rows kept and not written yet, by table in the order of each table's first row. */
        private List<Rows> unwritten() {
            Map<Table, List<Object[]>> byTable = new LinkedHashMap<>();
            for (int i = written; i < made.size(); i++) {
                byTable.computeIfAbsent(tables.get(i), t -> new ArrayList<>()).add(made.get(i));
            }
            List<Rows> parts = new ArrayList<>();
            byTable.forEach((table, rows) -> parts.add(new Rows(table, rows)));
            return parts;
        }

        Joined join(String prefix) {
            if (closed || written == made.size()) {
                return Joined.NONE;
            }
            List<Rows> parts = unwritten();
            long parameters = parts.stream()
                    .mapToLong(p -> (long) p.rows().size() * p.table().width())
                    .sum();
            if (parameters > MOST_PARAMETERS) {
                return Joined.NONE;
            }
            Map<String, Object> values = new HashMap<>();
            StringBuilder sql = new StringBuilder();
            for (int i = 0; i < parts.size(); i++) {
                Rows part = parts.get(i);
                sql.append(i == 0 ? "" : ", ")
                        .append(prefix)
                        .append('w')
                        .append(i)
                        .append(" AS (")
                        .append(part.table().head().stripTrailing())
                        .append(' ');
                for (int r = 0; r < part.rows().size(); r++) {
                    sql.append(r == 0 ? "" : ", ");
                    Object[] row = part.rows().get(r);
                    String template = part.table().row();
                    int value = 0;
                    for (int at = 0; at < template.length(); at++) {
                        char ch = template.charAt(at);
                        if (ch == '?') {
                            String name = prefix + values.size();
                            values.put(name, row[value++]);
                            sql.append(':').append(name);
                        } else {
                            sql.append(ch);
                        }
                    }
                }
                if (!part.table().tail().isEmpty()) {
                    sql.append(' ').append(part.table().tail());
                }
                sql.append(')');
            }
            written = made.size();
            return new Joined(sql.toString(), values);
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }

        @Override
        public void savepoint(Object savepoint) {
            savepoints.put(savepoint, new Mark(made.size(), written));
        }

        @Override
        public void savepointRollback(Object savepoint) {
            // a savepoint taken before this transaction's first rows: every row came after it
            Mark mark = savepoints.getOrDefault(savepoint, BEFORE_FIRST);
            int keep = Math.min(mark.made(), made.size());
            made.subList(keep, made.size()).clear();
            tables.subList(keep, tables.size()).clear();
            written = Math.min(written, mark.written());
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            if (!withTheCommit) {
                flush();
                closed = true;
            }
        }

        @Override
        public void afterCompletion(int status) {
            closed = true;
            made.clear();
            tables.clear();
            savepoints.clear();
        }
    }
}
