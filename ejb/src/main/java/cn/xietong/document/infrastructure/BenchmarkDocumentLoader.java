package cn.xietong.document.infrastructure;

import cn.xietong.identity.Caller;
import cn.xietong.shared.DomainException;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Loads outgoing documents with their workflow for benchmarks ({@link BenchmarkDocumentWriter}).
 * Platform administrators only. Runs outside a container transaction and commits every
 * {@value BenchmarkDocumentWriter#CHUNK} documents, so a million documents neither hit the
 * transaction timeout nor hold one huge transaction; a failure keeps the chunks already committed.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BenchmarkDocumentLoader {

    public static final int MAX_DOCUMENTS = 2_000_000;

    private static final Logger LOG = Logger.getLogger(BenchmarkDocumentLoader.class.getName());

    @Resource(lookup = "java:jboss/datasources/XietongDS")
    private DataSource dataSource;

    /** Counts of what the document and workflow tables hold, and the expected to-do sizes in the focus person's unit. */
    public BenchmarkDocumentsResult status(Caller caller, String focusLogin) {
        caller.requirePlatformAdmin();
        try (Connection c = dataSource.getConnection()) {
            return BenchmarkDocumentWriter.status(c, focusLogin);
        } catch (SQLException e) {
            throw new IllegalStateException("Benchmark documents could not be counted: " + e.getMessage(), e);
        }
    }

    public BenchmarkDocumentsResult load(Caller caller, int count, long seed, int runningPercent, int focusPermille,
                                         String focusLogin) {
        caller.requirePlatformAdmin();
        if (count < 1 || count > MAX_DOCUMENTS) {
            throw DomainException.invalid("benchmark.documents.count", "count 应在 1 到 " + MAX_DOCUMENTS + " 之间，收到的是 " + count + "。");
        }
        if (runningPercent < 0 || runningPercent > 100) {
            throw DomainException.invalid("benchmark.documents.running", "running 是在办公文的百分比，应在 0 到 100 之间。");
        }
        if (focusPermille < 0 || focusPermille > 1000) {
            throw DomainException.invalid("benchmark.documents.focus-share", "focusShare 是千分比，应在 0 到 1000 之间。");
        }
        try (Connection c = dataSource.getConnection()) {
            BenchmarkDocumentsResult r;
            try {
                r = new BenchmarkDocumentWriter(c, count, seed, runningPercent / 100.0, focusPermille / 1000.0, focusLogin).write();
            } catch (IllegalArgumentException e) {
                c.rollback();
                throw DomainException.invalid("benchmark.documents.invalid", e.getMessage());
            } catch (SQLException | RuntimeException e) {
                c.rollback(); // the chunk in progress; chunks already committed stay
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
            LOG.info(() -> "Benchmark documents loaded: " + r.documents() + " documents (" + r.running() + " running), "
                    + r.tasks() + " tasks, " + r.historyEntries() + " history entries in " + r.elapsedMillis() + " ms");
            return r;
        } catch (SQLException e) {
            SQLException cause = e.getNextException() != null ? e.getNextException() : e;
            String message = cause.getMessage() == null ? cause.toString() : cause.getMessage();
            message = message.length() > 500 ? message.substring(0, 500) + "…" : message;
            LOG.log(Level.SEVERE, "Benchmark documents could not be written: " + message);
            throw new IllegalStateException("Benchmark documents could not be written: " + message);
        }
    }
}
