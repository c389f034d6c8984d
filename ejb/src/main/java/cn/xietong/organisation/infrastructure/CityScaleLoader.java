package cn.xietong.organisation.infrastructure;

import cn.xietong.identity.Caller;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Loads a city-scale organisation for benchmarks (about 1,000 units and 36,638 people, the size of
 * one city's platform) with {@link CityScaleWriter}, in the caller's transaction. Platform
 * administrators only. The people get no accounts.
 */
@Stateless
public class CityScaleLoader {

    private static final Logger LOG = Logger.getLogger(CityScaleLoader.class.getName());

    @Resource(lookup = "java:jboss/datasources/XietongDS")
    private DataSource dataSource;

    /**
     * Writes one more benchmark city with {@code people} people (default {@value CityScaleWriter#DEFAULT_PEOPLE}
     * when null), deterministic for {@code seed}.
     */
    public CityScaleResult load(Caller caller, Integer people, Long seed) {
        caller.requirePlatformAdmin();
        try (Connection c = dataSource.getConnection()) {
            CityScaleResult result = new CityScaleWriter(c, people == null ? CityScaleWriter.DEFAULT_PEOPLE : people,
                    seed == null ? 20260101L : seed).write();
            LOG.info(() -> "Benchmark city " + result.cityName() + " loaded: " + result.units() + " units, "
                    + result.people() + " people in " + result.elapsedMillis() + " ms");
            return result;
        } catch (SQLException e) {
            LOG.log(Level.SEVERE, "Benchmark city could not be written", e);
            // Not the caller's mistake: a server error, and the container rolls everything back.
            throw new IllegalStateException("Benchmark city could not be written: " + e.getMessage(), e);
        }
    }
}
