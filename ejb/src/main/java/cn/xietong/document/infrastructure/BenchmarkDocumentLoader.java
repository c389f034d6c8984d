package cn.xietong.document.infrastructure;

import cn.xietong.identity.Caller;
import cn.xietong.shared.DomainException;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Loads outgoing documents with their workflow for benchmarks ({@link BenchmarkDocumentWriter}).
 * Platform administrators only. Runs outside a container transaction, on two connections (one
 * reads, one writes), so a million documents do not hit the transaction timeout. A bulk load (at
 * least as many documents as there are) is one database transaction; smaller loads commit every
 * {@value BenchmarkDocumentWriter#CHUNK} documents, and a failure keeps the chunks already committed.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BenchmarkDocumentLoader {

    public static final int MAX_DOCUMENTS = 2_000_000;

    private static final Logger LOG = Logger.getLogger(BenchmarkDocumentLoader.class.getName());

    @Resource(lookup = "java:jboss/datasources/XietongDS")
    private DataSource dataSource;

    /** Runs the task that sends the rows while the next chunk is made. */
    @Resource
    private ManagedExecutorService executor;

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
        try (Connection c = dataSource.getConnection(); Connection sink = dataSource.getConnection()) {
            BenchmarkDocumentsResult r;
            BenchmarkDocumentWriter writer = new BenchmarkDocumentWriter(c, count, seed, runningPercent / 100.0,
                    focusPermille / 1000.0, focusLogin);
            try {
                r = writer.write(sink, executor);
            } catch (IllegalArgumentException e) {
                sink.rollback();
                throw DomainException.invalid("benchmark.documents.invalid", e.getMessage());
            } catch (SQLException | RuntimeException e) {
                sink.rollback(); // the chunk in progress (a bulk load: everything); chunks already committed stay
                throw e;
            } finally {
                sink.setAutoCommit(true);
            }
            LOG.info(() -> "Benchmark documents loaded: " + r.documents() + " documents (" + r.running() + " running), "
                    + r.tasks() + " tasks, " + r.historyEntries() + " history entries in " + r.elapsedMillis() + " ms; "
                    + writer.phases());
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
