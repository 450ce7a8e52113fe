package org.liangxiang.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liangxiang.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * The JDBC session store answers a lookup of the session saved in the same request with that session, without reading
 * it (shown by deleting its row behind the store's back), and only there: outside a request, after the request, for
 * another id, and after the session's deletion it reads the database as before.
 */
@IntegrationTest
class SessionSavedInRequestIntegrationTests {

    @Autowired
    JdbcIndexedSessionRepository store;

    SessionRepository<Session> sessions;

    @BeforeEach
    @SuppressWarnings({"unchecked", "rawtypes"})
    void byItsInterface() {
        sessions = (SessionRepository) store; // its session class is not public
    }

    @Autowired
    JdbcClient jdbc;

    private Session saved() {
        Session session = sessions.createSession();
        session.setAttribute("note", "saved in a request");
        return session;
    }

    private void deletedBehindTheStore(Session session) {
        assertThat(jdbc.sql("DELETE FROM spring_session WHERE session_id = ?")
                        .param(session.getId())
                        .update())
                .isEqualTo(1);
    }

    @Test
    void aSessionSavedInARequestIsAnsweredWithoutReadingUntilTheRequestEnds() throws Exception {
        Session session = saved();
        List<Session> found = new ArrayList<>();

        SessionSavedInRequest.inRequest(() -> {
            sessions.save(session);
            deletedBehindTheStore(session);
            found.add(sessions.findById(session.getId()));
        });

        assertThat(found).containsExactly(session);
        assertThat(sessions.findById(session.getId()))
                .as("read after the request")
                .isNull();
    }

    @Test
    void outsideARequestNothingIsRemembered() {
        Session session = saved();
        sessions.save(session);
        deletedBehindTheStore(session);

        assertThat(sessions.findById(session.getId())).isNull();
    }

    @Test
    void anotherIdIsReadAndADeletedSessionIsForgotten() throws Exception {
        Session other = saved();
        sessions.save(other);
        Session session = saved();
        List<Session> found = new ArrayList<>();

        SessionSavedInRequest.inRequest(() -> {
            sessions.save(session);
            found.add(sessions.findById(other.getId()));
            sessions.deleteById(session.getId());
            found.add(sessions.findById(session.getId()));
        });

        assertThat(found.get(0).getId()).isEqualTo(other.getId());
        assertThat(found.get(0)).isNotSameAs(other);
        assertThat(found.get(1)).isNull();
    }

    @Test
    void aNestedRequestHasItsOwnMemoryAndTheOuterKeepsItsOwn() throws Exception {
        Session outer = saved();
        Session inner = saved();
        List<Session> found = new ArrayList<>();

        SessionSavedInRequest.inRequest(() -> {
            sessions.save(outer);
            deletedBehindTheStore(outer);
            SessionSavedInRequest.inRequest(() -> {
                sessions.save(inner);
                found.add(sessions.findById(outer.getId()));
            });
            found.add(sessions.findById(outer.getId()));
        });

        assertThat(found.get(0)).as("the inner request did not save it").isNull();
        assertThat(found.get(1)).isSameAs(outer);
    }
}
