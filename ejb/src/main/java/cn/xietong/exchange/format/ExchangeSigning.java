package cn.xietong.exchange.format;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import cn.xietong.signing.ca.Sm2Certificate;
import cn.xietong.signing.crypto.Sm2;
import cn.xietong.signing.crypto.Sm2Signature;
import cn.xietong.signing.crypto.Sm2Signer;

/**
 * Signs a document of the format: SM2 with SM3 over the exact XML bytes, signer ID 1234567812345678
 * (GM/T 0009), by the holder of the chain's first certificate (the unit's exchange certificate).
 */
public final class ExchangeSigning {

    private ExchangeSigning() {
    }

    /**
     * @param xml    a document as {@link ExchangeXml} wrote it (signed as is, byte for byte)
     * @param signer holds the private key of {@code chain.get(0)}; the key may live anywhere
     * @param chain  the signer's certificate first, then its issuers (the root may be left out)
     * @throws IllegalArgumentException if the signer's key is not the leaf certificate's or its user ID is not the default
     */
    public static SignedDocument sign(byte[] xml, Sm2Signer signer, List<Sm2Certificate> chain) {
        Objects.requireNonNull(xml, "xml");
        Objects.requireNonNull(signer, "signer");
        Objects.requireNonNull(chain, "chain");
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("the chain needs the signer's certificate first");
        }
        if (!chain.get(0).publicKey().equals(signer.publicKey())) {
            throw new IllegalArgumentException("the signer's key is not the key of " + chain.get(0).subject());
        }
        if (!Arrays.equals(signer.userId(), Sm2.DEFAULT_USER_ID_BYTES)) {
            throw new IllegalArgumentException("exchange documents are signed with the default SM2 user ID 1234567812345678");
        }
        Sm2Signature signature = signer.sign(xml);
        return new SignedDocument(xml, signature, chain);
    }
}
