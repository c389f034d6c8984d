package cn.xietong.document.infrastructure;

import cn.xietong.organisation.infrastructure.CityScaleWriter;
import cn.xietong.organisation.infrastructure.TestDatabase;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The benchmark document loader on a small city: on H2 always (multi-row INSERTs); on PostgreSQL
 * with {@code -Dxietong.bench.pg=jdbc:postgresql://127.0.0.1:5432/test} (COPY, and a bulk load that
 * drops and recreates the indexes and foreign keys — which must end exactly as the migrations made
 * them). {@code -Dxietong.bench.documents=N} times a load of N documents there.
 */
class BenchmarkDocumentWriterTest {

    @Test
    void loadsDocumentsWithTheirWorkflowOnH2() throws Exception {
        TestDatabase db = TestDatabase.h2();
        BenchmarkDocumentsResult r = load(db, 500, 5_000);
        assertFalse(r.tasks() < 500, "every document has tasks");
        assertEquals(500, count(db, "select count(*) from doc_draft"));
        assertEquals(r.tasks(), count(db, "select count(*) from wf_task"));
        assertEquals(r.running(), count(db, "select count(*) from wf_instance where state = 'RUNNING'"));
    }

    @Test
    void bulkLoadOnPostgresLeavesTheSchemaAsTheMigrationsMadeIt() throws Exception {
        String url = System.getProperty("xietong.bench.pg");
        assumeTrue(url != null, "set -Dxietong.bench.pg to a PostgreSQL JDBC URL");
        TestDatabase db = TestDatabase.postgres(url, System.getProperty("xietong.bench.user", "postgres"),
                System.getProperty("xietong.bench.password", ""));
        try {
            List<String> schema = schemaObjects(db);
            assertTrue(schema.stream().anyMatch(s -> s.contains("ix_wf_task_person_open")), "the catalog query sees the indexes");
            int documents = Integer.getInteger("xietong.bench.documents", 4_000);
            BenchmarkDocumentsResult bulk = load(db, documents, CityScaleWriter.DEFAULT_PEOPLE);
            System.out.printf("bulk load: %d documents, %d tasks, %d history lines in %d ms%n", bulk.documents(),
                    bulk.tasks(), bulk.historyEntries(), bulk.elapsedMillis());
            assertEquals(schema, schemaObjects(db), "indexes and constraints after the bulk load");
            BenchmarkDocumentsResult more = load(db, 500, 0); // fewer than there are: indexes kept, a commit per chunk
            assertEquals(schema, schemaObjects(db), "indexes and constraints after a smaller load");
            assertEquals(documents + 500, count(db, "select count(*) from doc_draft"));
            assertEquals(bulk.tasks() + more.tasks(), count(db, "select count(*) from wf_task"));
            assertEquals(0, count(db, "select count(*) from wf_task t where not exists "
                    + "(select 1 from wf_instance i where i.id = t.instance_id)"));
            assertEquals(count(db, "select count(*) from doc_number_register"),
                    count(db, "select coalesce(sum(last_serial), 0) from doc_number_counter"), "counters match the register");
        } finally {
            db.dropSchema();
        }
    }

    /** Loads a city of {@code people} (none: it is there) and {@code documents} documents focused on its first drafter's unit. */
    private static BenchmarkDocumentsResult load(TestDatabase db, int documents, int people) throws Exception {
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try (Connection c = db.connect(); Connection sink = db.connect()) {
            if (people > 0) {
                c.setAutoCommit(false);
                new CityScaleWriter(c, people, 7L).write();
                c.commit();
                c.setAutoCommit(true);
            }
            String focus;
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select p.username from org_person p "
                    + "join org_person_role r on r.person_id = p.id where r.role_name = 'DRAFTER' order by p.username limit 1")) {
                rs.next();
                focus = rs.getString(1);
            }
            BenchmarkDocumentWriter writer = new BenchmarkDocumentWriter(c, documents, 11L, 0.06, 0.03, focus);
            BenchmarkDocumentsResult r = writer.write(sink, executor);
            System.out.println(writer.phases());
            return r;
        } finally {
            executor.shutdownNow();
        }
    }

    /** Every index and constraint of the loaded tables with its definition, as the catalog has it. */
    private static List<String> schemaObjects(TestDatabase db) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                select tablename || ' ' || indexname || ' ' || indexdef from pg_indexes
                where schemaname = current_schema() and tablename in
                  ('doc_draft', 'doc_revision', 'doc_number_register', 'wf_instance', 'wf_task', 'wf_history', 'wf_template')
                union all
                select t.relname || ' ' || k.conname || ' ' || pg_get_constraintdef(k.oid) || ' ' || k.convalidated
                from pg_constraint k join pg_class t on t.oid = k.conrelid
                where t.relnamespace = current_schema()::regnamespace and t.relname in
                  ('doc_draft', 'doc_revision', 'doc_number_register', 'wf_instance', 'wf_task', 'wf_history', 'wf_template')
                order by 1""")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private static long count(TestDatabase db, String sql) throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
