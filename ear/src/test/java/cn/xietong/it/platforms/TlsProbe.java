package cn.xietong.it.platforms;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;

/**
 * Whether a platform's exchange port lets a TLS client with a given key in, seen at the TLS level
 * alone: the handshake with mutual authentication, then a moment of listening. Refused: the server
 * sends an alert (with TLS 1.3 it comes after the client's half of the handshake). Accepted: the
 * connection stays open, waiting for the messaging protocol.
 */
final class TlsProbe {

    private TlsProbe() {
    }

    static boolean accepted(ServerProcess target, Path keyFolder) throws Exception {
        char[] password = Files.readString(keyFolder.resolve("password")).trim().toCharArray();
        KeyStore key = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keyFolder.resolve("key.p12"))) {
            key.load(in, password);
        }
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        try (InputStream in = Files.newInputStream(target.certificate())) {
            trust.setCertificateEntry("target", CertificateFactory.getInstance("X.509").generateCertificate(in));
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(key, password);
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        SSLContext tls = SSLContext.getInstance("TLSv1.3");
        tls.init(kmf.getKeyManagers(), tmf.getTrustManagers(), null);
        try (SSLSocket socket = (SSLSocket) tls.getSocketFactory().createSocket("127.0.0.1", target.exchangePort())) {
            socket.setSoTimeout(3000);
            socket.startHandshake();
            try {
                return socket.getInputStream().read() != -1;
            } catch (SocketTimeoutException stillOpen) {
                return true;
            }
        } catch (SSLException refused) {
            return false;
        }
    }
}
