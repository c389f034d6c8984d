package cn.xietong.seal.infrastructure;

import cn.xietong.platform.PlatformSettings;
import cn.xietong.signing.ca.CertificateProfile;
import cn.xietong.signing.ca.CertificateSubject;
import cn.xietong.signing.ca.CertificateValidator;
import cn.xietong.signing.ca.EncryptedKeyStore;
import cn.xietong.signing.ca.EncryptedPrivateKey;
import cn.xietong.signing.ca.OperatorKey;
import cn.xietong.signing.ca.PlatformCa;
import cn.xietong.signing.ca.Sm2Certificate;
import cn.xietong.signing.ca.Uscc;
import cn.xietong.signing.crypto.LocalSm2Signer;
import cn.xietong.signing.crypto.Sm2KeyPair;
import cn.xietong.signing.crypto.Sm2PrivateKey;
import cn.xietong.signing.crypto.Sm3Digest;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.logging.Logger;

/**
 * The platform's own CA and seal-making key (平台CA、制章密钥), in the encrypted key store under the
 * data directory. Created on the first start; opened with the operator's passphrase
 * ({@code XIETONG_OPERATOR_KEY}) on every start. On the embedded default without a passphrase, one
 * is generated into {@code keys/operator-key.txt} next to the store — good for trying Xietong out,
 * not for production (the log says so).
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class PlatformKeys {

    static final String ROOT = "platform-root";
    static final String ISSUING = "platform-issuing-ca";
    static final String SEAL_MAKER = "platform-seal-maker";
    /** The key from which the key-wrapping key for units' exchange keys is derived (see {@link #wrapUnitKey}). */
    static final String UNIT_KEY_WRAP = "platform-unit-key-wrap";
    static final String PLATFORM_NAME = "协同平台";
    /** How far back certificates are dated: X.509 times have whole seconds, and machines' clocks differ. */
    public static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    private static final Logger LOG = Logger.getLogger(PlatformKeys.class.getName());

    private EncryptedKeyStore store;
    private volatile PlatformCa issuingCa;
    private Sm2Certificate root;
    private OperatorKey unitKeyWrap;

    @PostConstruct
    void open() {
        Path dir = PlatformSettings.dataDirectory().resolve("keys");
        store = EncryptedKeyStore.open(dir, operatorKey(dir));
        if (!store.aliases().contains(ISSUING)) {
            create();
        }
        List<Sm2Certificate> chain = store.certificateChain(ISSUING);
        issuingCa = PlatformCa.restore(chain, store.signer(ISSUING), List.of(), 0);
        if (!store.aliases().contains(UNIT_KEY_WRAP)) {
            // A key of its own (the store keeps keys with a certificate), used only to derive the wrapping key.
            Sm2KeyPair wrap = Sm2KeyPair.generate();
            Sm2Certificate holder = issuingCa.issue(CertificateProfile.EXCHANGE_SERVICE,
                    new CertificateSubject("协同平台单位密钥保护", PLATFORM_NAME, null, platformUscc()), wrap.publicKey(),
                    Instant.now().minus(CLOCK_SKEW));
            store.put(UNIT_KEY_WRAP, wrap.privateKey(), prepend(holder, issuingCa.chain()));
        }
        unitKeyWrap = OperatorKey.ofBytes(Sm3Digest.of(concat("Xietong unit key wrapping v1".getBytes(StandardCharsets.US_ASCII),
                store.privateKey(UNIT_KEY_WRAP).parameters().getD().toByteArray())).bytes());
        root = chain.get(chain.size() - 1);
        LOG.info(() -> "Platform CA ready: " + issuingCa.certificate().subject() + " under " + root.subject());
    }

    private void create() {
        Instant now = Instant.now().minus(CLOCK_SKEW);
        Sm2KeyPair rootKey = Sm2KeyPair.generate();
        PlatformCa rootCa = PlatformCa.createRoot(platform("协同平台根证书"),
                rootKey.signer(), now, now.plus(Duration.ofDays(365L * 20)));
        Sm2KeyPair issuingKey = Sm2KeyPair.generate();
        PlatformCa issuing = rootCa.createIssuingCa(platform("协同平台签发证书"),
                issuingKey.signer(), now, now.plus(Duration.ofDays(365L * 10)));
        Sm2KeyPair sealMakerKey = Sm2KeyPair.generate();
        Sm2Certificate sealMaker = issuing.issue(CertificateProfile.SEAL_MAKER,
                new CertificateSubject("协同平台制章系统", PLATFORM_NAME, null, platformUscc()), sealMakerKey.publicKey(), now);
        store.put(ROOT, rootKey.privateKey(), rootCa.chain());
        store.put(ISSUING, issuingKey.privateKey(), issuing.chain());
        store.put(SEAL_MAKER, sealMakerKey.privateKey(), prepend(sealMaker, issuing.chain()));
        LOG.info("Platform CA created: root, issuing CA and seal-making certificate");
    }

    private static CertificateSubject platform(String commonName) {
        return new CertificateSubject(commonName, PLATFORM_NAME, null, platformUscc());
    }

    /**
     * The credit code of the unit that operates the platform ({@code XIETONG_PLATFORM_USCC}); the
     * embedded default uses a made-up code with a valid check character.
     */
    static Uscc platformUscc() {
        String configured = PlatformSettings.platformUscc();
        return configured != null ? new Uscc(configured) : Uscc.withCheckCharacter("11440000XT0000001");
    }

    private static OperatorKey operatorKey(Path dir) {
        String passphrase = PlatformSettings.operatorKey();
        if (passphrase == null) {
            passphrase = generatedPassphrase(dir);
        }
        return OperatorKey.fromPassphrase(passphrase.toCharArray());
    }

    private static String generatedPassphrase(Path dir) {
        Path file = dir.resolve("operator-key.txt");
        try {
            Files.createDirectories(dir);
            if (!Files.exists(file)) {
                byte[] random = new byte[32];
                new SecureRandom().nextBytes(random);
                Files.writeString(file, Base64.getEncoder().encodeToString(random), StandardCharsets.US_ASCII);
                try {
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException ignored) {
                    // not a POSIX file system
                }
            }
            LOG.warning("XIETONG_OPERATOR_KEY is not set: the platform's keys are encrypted under a generated key in "
                    + file + ". Fine for trying Xietong out; in production set XIETONG_OPERATOR_KEY and remove that file.");
            return Files.readString(file, StandardCharsets.US_ASCII).trim();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the operator key in " + file, e);
        }
    }

    /** The issuing CA, for certificates of people and units. */
    public PlatformCa issuingCa() {
        return issuingCa;
    }

    /** The platform's root certificate (平台根证书), the trust anchor peers configure for our units' signatures. */
    public Sm2Certificate rootCertificate() {
        return root;
    }

    /**
     * Encrypts a unit's exchange key for keeping in the database. Units are many (a city has
     * thousands), so their keys are wrapped with AES-GCM under a 32-byte key derived from a platform
     * key in the encrypted key store, not under a passphrase with PBKDF2 per key.
     */
    public byte[] wrapUnitKey(String alias, Sm2PrivateKey key) {
        return EncryptedPrivateKey.encrypt(key, unitKeyWrap, alias);
    }

    public Sm2PrivateKey unwrapUnitKey(String alias, byte[] wrapped) {
        return EncryptedPrivateKey.decrypt(wrapped, unitKeyWrap, alias);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    /** Validates certificates against the platform's root. */
    public CertificateValidator validator() {
        return new CertificateValidator(List.of(root), List.of(issuingCa.certificate()), List.of());
    }

    public LocalSm2Signer sealMakerSigner() {
        return store.signer(SEAL_MAKER);
    }

    public Sm2Certificate sealMakerCertificate() {
        return store.certificateChain(SEAL_MAKER).get(0);
    }

    /** Keeps a person's or unit's private key, encrypted, with its certificate chain. */
    public void keep(String alias, Sm2KeyPair key, Sm2Certificate certificate) {
        store.put(alias, key.privateKey(), prepend(certificate, issuingCa.chain()));
    }

    public LocalSm2Signer signer(String alias) {
        return store.signer(alias);
    }

    public List<Sm2Certificate> chain(String alias) {
        return store.certificateChain(alias);
    }

    private static List<Sm2Certificate> prepend(Sm2Certificate first, List<Sm2Certificate> rest) {
        java.util.ArrayList<Sm2Certificate> all = new java.util.ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all;
    }
}
