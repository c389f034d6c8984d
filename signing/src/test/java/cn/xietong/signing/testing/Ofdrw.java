package cn.xietong.signing.testing;

import java.lang.reflect.InvocationTargetException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.bouncycastle.asn1.ASN1Object;

/**
 * Test helper: ofdrw's GB/T 38540 ASN.1 classes (org.ofdrw:ofdrw-gm, Apache-2.0) as an independent reader,
 * loaded from the jar named by the system property {@code ofdrw.gm.jar} in a class loader of their own (the
 * artifact cannot be a Maven dependency: its parent POM is not on Maven Central). Bouncy Castle is shared.
 */
public final class Ofdrw {

    private static final ClassLoader LOADER = load();

    private Ofdrw() {
    }

    private static ClassLoader load() {
        String jar = System.getProperty("ofdrw.gm.jar");
        if (jar == null || !Files.isRegularFile(Path.of(jar))) {
            return null;
        }
        try {
            return new URLClassLoader(new URL[] {Path.of(jar).toUri().toURL()}, Ofdrw.class.getClassLoader());
        } catch (MalformedURLException e) {
            return null;
        }
    }

    /** True if the ofdrw-gm jar could be loaded. */
    public static boolean available() {
        return LOADER != null;
    }

    /** {@code <className>.getInstance(der)}, e.g. className "v4.SES_Signature" for org.ofdrw.gm.ses.v4.SES_Signature. */
    public static Object parse(String className, byte[] der) {
        try {
            Class<?> c = Class.forName("org.ofdrw.gm.ses." + className, true, LOADER);
            return c.getMethod("getInstance", Object.class).invoke(null, (Object) der);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(unwrap(e));
        }
    }

    /** Calls the getters one after the other: {@code get(sig, "getToSign", "getVersion")}. */
    public static Object get(Object o, String... getters) {
        Object current = o;
        for (String g : getters) {
            try {
                current = current.getClass().getMethod(g).invoke(current);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(g + ": " + unwrap(e), unwrap(e));
            }
        }
        return current;
    }

    /** DER of an ofdrw structure. */
    public static byte[] der(Object asn1) {
        try {
            return ((ASN1Object) asn1).getEncoded("DER");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A string field (DERIA5String, DERUTF8String, ...). */
    public static String string(Object o, String... getters) {
        return ((org.bouncycastle.asn1.ASN1String) get(o, getters)).getString();
    }

    /** An INTEGER field. */
    public static int integer(Object o, String... getters) {
        return ((org.bouncycastle.asn1.ASN1Integer) get(o, getters)).intValueExact();
    }

    /** The octets of an OCTET STRING or BIT STRING field. */
    public static byte[] octets(Object o, String... getters) {
        Object v = get(o, getters);
        return v instanceof org.bouncycastle.asn1.ASN1BitString b ? b.getOctets()
                : ((org.bouncycastle.asn1.ASN1OctetString) v).getOctets();
    }

    private static Throwable unwrap(Throwable e) {
        return e instanceof InvocationTargetException i && i.getCause() != null ? i.getCause() : e;
    }

    /** For messages. */
    public static Optional<String> jar() {
        return Optional.ofNullable(System.getProperty("ofdrw.gm.jar"));
    }
}
