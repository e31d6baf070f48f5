package nl.tweedekamer.meldpunt.testing;

/**
 * State that must exist once per JVM, whatever class loader loaded this module.
 *
 * <p>Quarkus loads test code (and with it this module) in class loaders of its own and builds new ones when a
 * test profile changes, so an ordinary {@code static} field can exist several times in one test JVM. The broker
 * and the JWT key pair must not: their few values live in system properties, and the lock is a string literal,
 * which the JVM interns once for all class loaders.
 */
final class JvmWide {

    /** The same monitor in every class loader's copy of this class (string literals are interned JVM-wide). */
    static final Object LOCK = "nl.tweedekamer.meldpunt.testing.JvmWide.LOCK";

    private static final String PREFIX = "meldpunt.testing.";

    private JvmWide() {
    }

    static String get(String key) {
        return System.getProperty(PREFIX + key);
    }

    static void set(String key, String value) {
        if (value == null) {
            System.clearProperty(PREFIX + key);
        } else {
            System.setProperty(PREFIX + key, value);
        }
    }
}
