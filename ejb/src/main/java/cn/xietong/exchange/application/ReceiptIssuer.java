package cn.xietong.exchange.application;

import cn.xietong.exchange.application.UnitExchangeKeys.UnitSigner;
import cn.xietong.exchange.format.ExchangeSigning;
import cn.xietong.exchange.format.ExchangeXml;
import cn.xietong.exchange.format.Party;
import cn.xietong.exchange.format.Receipt;
import cn.xietong.exchange.format.ReceiptOutcome;
import cn.xietong.exchange.format.SignedDocument;
import cn.xietong.exchange.model.IncomingPackage;
import cn.xietong.signing.crypto.Sm3Digest;

import java.time.Instant;
import java.util.UUID;

/** Makes the signed receipts (回执) an addressee unit sends back for a package. */
final class ReceiptIssuer {

    private ReceiptIssuer() {
    }

    static SignedDocument issue(UnitSigner addressee, UUID packageId, Sm3Digest packageDigest, Party packageSender,
                                ReceiptOutcome outcome, String reason, String personName, Instant at) {
        Receipt receipt = new Receipt(UUID.randomUUID(), packageId, packageDigest, outcome, reason, packageSender,
                new Party(addressee.uscc(), addressee.name()), personName, at);
        return ExchangeSigning.sign(ExchangeXml.write(receipt), addressee.signer(), addressee.chain());
    }

    /** A receipt for an inbox entry, kept on it so that the same package arriving again gets it again. */
    static SignedDocument issue(UnitSigner addressee, IncomingPackage in, ReceiptOutcome outcome, String reason,
                                String personName, Instant at) {
        SignedDocument receipt = issue(addressee, in.getPackageId(), Sm3Digest.fromHex(in.getPackageDigest()),
                new Party(in.getSenderUscc(), in.getSenderName()), outcome, reason, personName, at);
        in.issued(receipt.xml(), receipt.signature().toDer());
        return receipt;
    }
}
