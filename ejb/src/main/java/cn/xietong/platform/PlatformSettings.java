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

    static String setting(String envName) {
        String prop = System.getProperty(envName.toLowerCase().replace('_', '.'));
        if (prop != null && !prop.isBlank()) {
            return prop;
        }
        String env = System.getenv(envName);
        return env == null || env.isBlank() ? null : env;
    }
}
