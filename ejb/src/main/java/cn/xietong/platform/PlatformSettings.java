package cn.xietong.platform;

/**
 * Settings the operator gives through environment variables (or the same names as system
 * properties, lower-cased with dots: {@code XIETONG_DB_SCHEMA} = {@code xietong.db.schema}).
 */
public final class PlatformSettings {

    private PlatformSettings() {
    }

    /** The database schema Xietong keeps its tables in, or null for the connection's default. */
    public static String databaseSchema() {
        return setting("XIETONG_DB_SCHEMA");
    }

    /** Whether to load the demo organisation on first start (default yes). */
    public static boolean loadDemoData() {
        String v = setting("XIETONG_DEMO_DATA");
        return v == null || Boolean.parseBoolean(v);
    }

    /**
     * Which demo units this platform hosts ({@code XIETONG_DEMO_UNITS}): their 机关代字, comma-separated
     * (e.g. {@code 粤府办}), or all but these with a leading {@code -} (e.g. {@code -粤府办}); null for
     * all. Lets two platforms on one machine host different units of the demo organisation.
     */
    public static String demoUnits() {
        return setting("XIETONG_DEMO_UNITS");
    }

    /**
     * Where Xietong keeps files (the platform's encrypted key store): {@code XIETONG_DATA_DIR}, else
     * {@code xietong/} in WildFly's data directory.
     */
    public static java.nio.file.Path dataDirectory() {
        String dir = setting("XIETONG_DATA_DIR");
        if (dir == null) {
            dir = System.getProperty("xietong.data.dir");
        }
        if (dir == null) {
            dir = System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir")) + "/xietong";
        }
        return java.nio.file.Path.of(dir);
    }

    /** The operator's passphrase for the platform's private keys ({@code XIETONG_OPERATOR_KEY}), or null. */
    public static String operatorKey() {
        return setting("XIETONG_OPERATOR_KEY");
    }

    /** The credit code of the unit operating the platform, for the platform's certificates, or null. */
    public static String platformUscc() {
        return setting("XIETONG_PLATFORM_USCC");
    }

    /**
     * This platform's code in the exchange between platforms ({@code XIETONG_PLATFORM_CODE}, e.g.
     * {@code province} or {@code city}); {@code local} when there is only one.
     */
    public static String platformCode() {
        String code = setting("XIETONG_PLATFORM_CODE");
        return code == null ? "local" : code.strip();
    }

    static String setting(String envName) {
        String prop = System.getProperty(envName.toLowerCase().replace('_', '.'));
        if (prop != null && !prop.isBlank()) {
            return prop;
        }
        String env = System.getenv(envName);
        return env == null || env.isBlank() ? null : env;
    }
}
