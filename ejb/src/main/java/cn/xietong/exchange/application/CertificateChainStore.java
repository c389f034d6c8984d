package cn.xietong.exchange.application;

import cn.xietong.shared.DomainException;
import cn.xietong.signing.ca.Sm2Certificate;
import cn.xietong.signing.crypto.Sm3Digest;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.List;

/**
 * The certificate chains packages were signed under, kept once each in the blob store under their SM3
 * and named by it on every package: the 18,000 packages of one fan-out share their sender's chain, and
 * the 18,000 copies of it made every package row two kilobytes larger.
 */
@Stateless
public class CertificateChainStore {

    @Inject
    private BlobStore blobs;

    /** Keeps the chain (if not kept yet) and returns the SM3 it is kept under, in hex. */
    public String keep(List<Sm2Certificate> chain) {
        return blobs.put(CertificateChains.encode(chain)).toString();
    }

    /**
     * The chain kept under {@code sm3}; for a row written before chains were kept apart ({@code sm3} null),
     * the chain the row holds itself.
     */
    public List<Sm2Certificate> chain(String sm3, byte[] heldByTheRow) {
        if (sm3 == null) {
            return CertificateChains.decode(heldByTheRow);
        }
        return CertificateChains.decode(blobs.bytes(Sm3Digest.fromHex(sm3)).orElseThrow(() -> DomainException.conflict(
                "exchange.chain-missing", "交换包的签名证书链已不在本平台（SM3 " + sm3 + "）。")));
    }
}
