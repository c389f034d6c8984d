package cn.xietong.exchange.application;

import cn.xietong.signing.ca.Sm2Certificate;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Keeps a certificate chain in one column: each certificate's DER with its length before it. */
public final class CertificateChains {

    private CertificateChains() {
    }

    public static byte[] encode(List<Sm2Certificate> chain) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            DataOutputStream data = new DataOutputStream(out);
            for (Sm2Certificate c : chain) {
                byte[] der = c.der();
                data.writeInt(der.length);
                data.write(der);
            }
            data.flush();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<Sm2Certificate> decode(byte[] bytes) {
        try {
            DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(bytes));
            List<Sm2Certificate> chain = new ArrayList<>();
            while (in.available() > 0) {
                byte[] der = new byte[in.readInt()];
                in.readFully(der);
                chain.add(Sm2Certificate.fromDer(der));
            }
            return chain;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
