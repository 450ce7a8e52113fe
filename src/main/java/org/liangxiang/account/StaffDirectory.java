package org.liangxiang.account;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.liangxiang.shared.crypto.PersonalData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The members of one office, for handing work to a colleague: the active accounts whose jurisdiction is exactly the
 * given region (the office serving it), in the given roles, by user name.
 */
@Service
public class StaffDirectory {

    private final JdbcClient jdbc;
    private final PersonalData personalData;

    StaffDirectory(JdbcClient jdbc, PersonalData personalData) {
        this.jdbc = jdbc;
        this.personalData = personalData;
    }

    /** Active accounts of the office of {@code jurisdiction} holding one of the roles. */
    public List<StaffColleague> office(String jurisdiction, Collection<StaffRole> roles) {
        if (roles.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT id, username, full_name_sealed, role FROM staff_account
                         WHERE jurisdiction = :jurisdiction AND status = 'ACTIVE' AND role IN (:roles)
                         ORDER BY username
                        """)
                .param("jurisdiction", jurisdiction)
                .param("roles", roles.stream().map(Enum::name).toList())
                .query((rs, n) -> colleague(
                        rs.getObject("id", UUID.class),
                        rs.getString("username"),
                        rs.getBytes("full_name_sealed"),
                        rs.getString("role")))
                .list();
    }

    /** The active account, when it belongs to the office of {@code jurisdiction} in one of the roles. */
    public Optional<StaffColleague> member(UUID id, String jurisdiction, Collection<StaffRole> roles) {
        return office(jurisdiction, roles).stream()
                .filter(c -> c.id().equals(id))
                .findFirst();
    }

    private StaffColleague colleague(UUID id, String username, byte[] sealedName, String role) {
        return new StaffColleague(
                id,
                username,
                personalData.open(sealedName, StaffAccounts.TABLE, "full_name", id),
                StaffRole.valueOf(role));
    }
}
