package cn.xietong.signing.ca;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import cn.xietong.signing.OperatorKeyException;
import cn.xietong.signing.SigningException.Code;
import cn.xietong.signing.crypto.LocalSm2Signer;
import cn.xietong.signing.crypto.Sm2PrivateKey;

/**
 * A directory of SM2 private keys encrypted at rest, with their certificate chains. For alias {@code a}:
 * {@code a.key} holds the {@link EncryptedPrivateKey} format, {@code a.crt} the certificate chain as
 * concatenated PEM (leaf first; not secret). Files are written atomically, owner-only where the file
 * system has POSIX permissions. Aliases: 1 to 64 of {@code A-Z a-z 0-9 . _ -}, not starting with a dot.
 */
public final class EncryptedKeyStore {

    private static final Pattern ALIAS = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]{0,63}");
    private static final Pattern PEM = Pattern.compile(
            "-----BEGIN CERTIFICATE-----[^-]+-----END CERTIFICATE-----");

    private final Path directory;
    private final OperatorKey operatorKey;

    private EncryptedKeyStore(Path directory, OperatorKey operatorKey) {
        this.directory = directory;
        this.operatorKey = operatorKey;
    }

    /** Opens (creating the directory if needed) a key store with the operator's key. */
    public static EncryptedKeyStore open(Path directory, OperatorKey operatorKey) {
        Objects.requireNonNull(operatorKey, "operatorKey");
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new EncryptedKeyStore(directory, operatorKey);
    }

    /** Stores (or replaces) a key and its certificate chain (leaf first; may be empty). */
    public void put(String alias, Sm2PrivateKey key, List<Sm2Certificate> chain) {
        checkAlias(alias);
        if (!chain.isEmpty() && !chain.get(0).publicKey().equals(key.publicKey())) {
            throw new IllegalArgumentException("the first certificate of the chain is not for this key");
        }
        write(directory.resolve(alias + ".key"), EncryptedPrivateKey.encrypt(key, operatorKey, alias));
        StringBuilder pem = new StringBuilder();
        chain.forEach(c -> pem.append(c.toPem()));
        write(directory.resolve(alias + ".crt"), pem.toString().getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * Decrypts the private key of {@code alias}.
     *
     * @throws OperatorKeyException KEY_NOT_FOUND, WRONG_OPERATOR_KEY or KEY_STORE_CORRUPT
     */
    public Sm2PrivateKey privateKey(String alias) {
        checkAlias(alias);
        Path p = directory.resolve(alias + ".key");
        if (!Files.isRegularFile(p)) {
            throw new OperatorKeyException(Code.KEY_NOT_FOUND, "no key '" + alias + "' in key store " + directory);
        }
        try {
            return EncryptedPrivateKey.decrypt(Files.readAllBytes(p), operatorKey, alias);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A signer over the decrypted key of {@code alias}. */
    public LocalSm2Signer signer(String alias) {
        return new LocalSm2Signer(privateKey(alias));
    }

    /** The certificate chain stored with {@code alias} (leaf first). */
    public List<Sm2Certificate> certificateChain(String alias) {
        checkAlias(alias);
        Path p = directory.resolve(alias + ".crt");
        if (!Files.isRegularFile(p)) {
            throw new OperatorKeyException(Code.KEY_NOT_FOUND, "no certificate '" + alias + "' in key store " + directory);
        }
        try {
            String text = Files.readString(p, StandardCharsets.US_ASCII);
            List<Sm2Certificate> out = new ArrayList<>();
            Matcher m = PEM.matcher(text);
            while (m.find()) {
                out.add(Sm2Certificate.fromPem(m.group()));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The aliases present. */
    public Set<String> aliases() {
        try (Stream<Path> s = Files.list(directory)) {
            Set<String> out = new TreeSet<>();
            s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".key"))
                    .forEach(n -> out.add(n.substring(0, n.length() - 4)));
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void checkAlias(String alias) {
        if (alias == null || !ALIAS.matcher(alias).matches()) {
            throw new IllegalArgumentException("a key store alias is 1 to 64 of A-Z a-z 0-9 . _ - : " + alias);
        }
    }

    private static void write(Path target, byte[] bytes) {
        try {
            Path tmp = Files.createTempFile(target.getParent(), ".tmp-", ".part");
            try {
                try {
                    Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException ignored) {
                    // not a POSIX file system
                }
                Files.write(tmp, bytes);
                try {
                    Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
