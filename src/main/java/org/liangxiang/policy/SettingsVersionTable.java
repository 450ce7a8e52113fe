package org.liangxiang.policy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.liangxiang.shared.Memo;
import org.liangxiang.shared.RegionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A table of immutable settings versions (columns {@code id, seq, region_code, effective_from, settings, created_at,
 * created_by, note}; the runtime role may only SELECT and INSERT). Policy keeps one; the guide keeps its own with the
 * same shape and resolves it with the same {@link LayeredSettings}.
 */
public final class SettingsVersionTable {

    private static final Pattern TABLE_NAME = Pattern.compile("[a-z][a-z_]{0,62}");
    private static final TypeReference<LinkedHashMap<String, Object>> SETTINGS = new TypeReference<>() {};

    /** Parsed versions by id: a version never changes once stored, so its settings are parsed once per node. */
    private static final int MOST_PARSED = 10_000;

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final String table;
    private final Map<UUID, SettingsVersion> parsed = new ConcurrentHashMap<>();

    /**
     * The versions in force on a date that has begun, per chain. New versions apply from tomorrow at the earliest
     * ({@link VersionRules#checkEffectiveFrom}), so the versions in force today or earlier are settled: every node may
     * remember them without asking again. Dates after today, and today in its first minutes, are read every time. A version written another way (a
     * seed dated in the past, which every node writes itself at start, or SQL by hand) needs {@link #forgetSettled}.
     */
    private final Memo<Settled, List<SettingsVersion>> settled = new Memo<>(10_000);

    /** How long after midnight today's versions are still read every time (longer than any version's transaction). */
    static final Duration SETTLING = Duration.ofMinutes(5);

    private record Settled(List<RegionCode> chain, LocalDate date) {}

    private final Clock clock;

    /** @param table the table's name, a constant of the calling module (never user input) */
    public SettingsVersionTable(JdbcClient jdbc, JsonMapper json, String table) {
        this(jdbc, json, table, Clock.system(VersionRules.ZONE));
    }

    SettingsVersionTable(JdbcClient jdbc, JsonMapper json, String table, Clock clock) {
        this.clock = clock;
        if (!TABLE_NAME.matcher(table).matches()) {
            throw new IllegalArgumentException("Not a table name: " + table);
        }
        this.jdbc = jdbc;
        this.json = json;
        this.table = table;
    }

    /** The table's name. */
    String name() {
        return table;
    }

    /** Stores a new version; the caller has validated it and runs in a transaction. */
    public SettingsVersion insert(
            UUID id,
            RegionCode region,
            LocalDate effectiveFrom,
            Map<String, Object> settings,
            String createdBy,
            String note) {
        jdbc.sql("INSERT INTO " + table + " (id, region_code, effective_from, settings, created_by, note)"
                        + " VALUES (?, ?, ?, CAST(? AS jsonb), ?, ?)")
                .params(id, region.value(), effectiveFrom, json.writeValueAsString(settings), createdBy, note)
                .update();
        forgetSettled();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    forgetSettled();
                }
            });
        }
        return find(id).orElseThrow();
    }

    /** Whether a version with this id exists (for idempotent seeding). */
    public boolean exists(UUID id) {
        return jdbc.sql("SELECT count(*) FROM " + table + " WHERE id = ?")
                        .param(id)
                        .query(Long.class)
                        .single()
                > 0;
    }

    public Optional<SettingsVersion> find(UUID id) {
        return jdbc.sql(select() + " WHERE id = ?").param(id).query(this::row).optional();
    }

    /** Every version of the chain's regions in force on the date (effective on or before it). */
    public List<SettingsVersion> candidates(List<RegionCode> chain, LocalDate date) {
        if (!settled(date)) {
            return read(chain, date);
        }
        return settled.get(new Settled(List.copyOf(chain), date), key -> read(chain, date));
    }

    /**
     * Whether the date's versions are settled: a date before today, or today once {@link #SETTLING} has passed since
     * midnight, so that a version validated just before midnight (effective "tomorrow", which is now today) and
     * committed just after it is never missed.
     */
    private boolean settled(LocalDate date) {
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDate today = now.toLocalDate();
        return date.isBefore(today)
                || (date.equals(today) && !now.isBefore(today.atStartOfDay().plus(SETTLING)));
    }

    /**
     * Forgets the remembered answers of {@link #candidates} (after versions were written other than through
     * {@link #insert}: by hand in SQL, or by a seed dated in the past).
     */
    public void forgetSettled() {
        settled.forgetAll();
    }

    private List<SettingsVersion> read(List<RegionCode> chain, LocalDate date) {
        return jdbc.sql(select() + " WHERE region_code IN (:regions) AND effective_from <= :date")
                .param("regions", chain.stream().map(RegionCode::value).toList())
                .param("date", date)
                .query(this::row)
                .list();
    }

    /** The versions with these ids, in no particular order. */
    public List<SettingsVersion> byIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(select() + " WHERE id IN (:ids)")
                .param("ids", List.copyOf(ids))
                .query(this::row)
                .list();
    }

    /** The region's own versions, oldest first. */
    public List<SettingsVersion> ofRegion(RegionCode region) {
        return jdbc.sql(select() + " WHERE region_code = ? ORDER BY effective_from, seq")
                .param(region.value())
                .query(this::row)
                .list();
    }

    private String select() {
        return "SELECT id, seq, region_code, effective_from, settings::text AS settings, created_at, created_by, note"
                + " FROM " + table;
    }

    private SettingsVersion row(ResultSet rs, int n) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        SettingsVersion known = parsed.get(id);
        if (known != null) {
            return known;
        }
        if (parsed.size() >= MOST_PARSED) {
            parsed.clear();
        }
        SettingsVersion version = parse(id, rs);
        parsed.put(id, version);
        return version;
    }

    private SettingsVersion parse(UUID id, ResultSet rs) throws SQLException {
        return new SettingsVersion(
                id,
                RegionCode.of(rs.getString("region_code")),
                rs.getObject("effective_from", LocalDate.class),
                rs.getLong("seq"),
                json.readValue(rs.getString("settings"), SETTINGS),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getString("created_by"),
                rs.getString("note"));
    }
}
