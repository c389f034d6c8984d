package cn.xietong.exchange.format;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import cn.xietong.signing.ca.Sm2Certificate;
import cn.xietong.signing.crypto.Sm2Signature;
import cn.xietong.signing.crypto.Sm3Digest;

/**
 * One XML document of the format (manifest, receipt or notice), its SM2 signature over the exact bytes
 * and the signer's certificate chain, leaf first (1 to {@value #CHAIN_MAX} certificates). Nothing here
 * is trusted until {@link ExchangeVerifier} has checked it. Equal by content; the XML bytes are copied
 * in and out.
 */
public record SignedDocument(byte[] xml, Sm2Signature signature, List<Sm2Certificate> chain) {

    public static final int CHAIN_MAX = 8;

    public SignedDocument {
        Objects.requireNonNull(xml, "xml");
        Objects.requireNonNull(signature, "signature");
        Objects.requireNonNull(chain, "chain");
        if (chain.isEmpty() || chain.size() > CHAIN_MAX) {
            throw new ExchangeFormatException("签名证书链应有1至" + CHAIN_MAX + "个证书（签名证书在前），实有" + chain.size() + "个。");
        }
        xml = xml.clone();
        chain = List.copyOf(chain);
    }

    /** The XML bytes (a copy). */
    @Override
    public byte[] xml() {
        return xml.clone();
    }

    /** SM3 of the XML bytes; for a manifest this is the package digest receipts and notices refer to. */
    public Sm3Digest digest() {
        return Sm3Digest.of(xml);
    }

    /** The signer's certificate: the first of the chain. */
    public Sm2Certificate signer() {
        return chain.get(0);
    }

    /** Length of the XML without copying it. */
    int xmlLength() {
        return xml.length;
    }

    /** The XML array itself, for this package's readers that neither keep nor change it. */
    byte[] xmlUnsafe() {
        return xml;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SignedDocument d && Arrays.equals(xml, d.xml) && signature.equals(d.signature)
                && chain.equals(d.chain);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(xml) + signature.hashCode()) + chain.hashCode();
    }

    @Override
    public String toString() {
        return "SignedDocument[" + xml.length + " bytes of XML, signer " + signer().subject() + "]";
    }
}
