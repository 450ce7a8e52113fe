package org.liangxiang.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.liangxiang.AsOwner;
import org.springframework.core.env.Environment;

/**
 * A connection as the schema owner (what an intruder with the owner's password, or a careless administrator, could
 * do), to damage the trail in tests and repair it afterwards. While open it holds the chain's advisory lock, so that
 * the sealing job does not link new records onto a damaged head.
 */
final class OwnerDatabase implements AutoCloseable {

    private final Connection connection;

    private OwnerDatabase(Connection connection) {
        this.connection = connection;
    }

    static OwnerDatabase lockingTheChain(Environment env) throws SQLException {
        Connection connection = AsOwner.connect(env);
        OwnerDatabase owner = new OwnerDatabase(connection);
        owner.query("SELECT true FROM pg_advisory_lock(?)", AuditSealer.LOCK_KEY);
        return owner;
    }

    int update(String sql, Object... params) throws SQLException {
        try (PreparedStatement statement = prepare(sql, params)) {
            return statement.executeUpdate();
        }
    }

    /** The rows, each as its column values. */
    List<Object[]> query(String sql, Object... params) throws SQLException {
        try (PreparedStatement statement = prepare(sql, params);
                ResultSet rs = statement.executeQuery()) {
            List<Object[]> rows = new ArrayList<>();
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                Object[] row = new Object[columns];
                for (int i = 0; i < columns; i++) {
                    row[i] = rs.getObject(i + 1);
                }
                rows.add(row);
            }
            return rows;
        }
    }

    List<StoredRecord> records(long fromSeq) throws SQLException {
        try (PreparedStatement statement = prepare(
                        "SELECT " + StoredRecord.COLUMNS + " FROM audit_record r WHERE r.seq >= ? ORDER BY r.seq",
                        fromSeq);
                ResultSet rs = statement.executeQuery()) {
            List<StoredRecord> records = new ArrayList<>();
            while (rs.next()) {
                records.add(StoredRecord.of(rs));
            }
            return records;
        }
    }

    private PreparedStatement prepare(String sql, Object... params) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            statement.setObject(i + 1, params[i]);
        }
        return statement;
    }

    /** Closing the session releases the advisory lock. */
    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
