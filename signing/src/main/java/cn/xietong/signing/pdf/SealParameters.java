package cn.xietong.signing.pdf;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

import cn.xietong.signing.ca.Sm2Certificate;
import cn.xietong.signing.seal.SesSeal;

import cn.xietong.signing.pdf.PdfSealingException.Reason;

/**
 * Everything that decides the sealed PDF: where the stamp goes, what it looks like, who signs, when,
 * and in which profile. The signing time is fixed here (to the second), so that
 * {@link PdfSealer#getDataToSign} and {@link PdfSealer#signDocument} given the same parameters
 * prepare byte-identical documents. Immutable; build with {@link #builder()}.
 *
 * <p>Position: {@code xMm}/{@code yMm} are the stamp's top-left corner measured in millimetres from
 * the top-left corner of the page as displayed (its crop box); the size is the stamp's.
 */
public final class SealParameters {

    private final SealProfile profile;
    private final int page;
    private final double xMm;
    private final double yMm;
    private final SealStamp stamp;
    private final List<Sm2Certificate> signerChain;
    private final Instant signingTime;
    private final String reason;
    private final String location;
    private final SesSeal seal;

    private SealParameters(Builder b) {
        this.profile = b.profile;
        this.page = b.page;
        this.xMm = b.xMm;
        this.yMm = b.yMm;
        this.stamp = b.stamp;
        this.signerChain = List.copyOf(b.signerChain);
        this.signingTime = b.signingTime.truncatedTo(ChronoUnit.SECONDS);
        this.reason = b.reason;
        this.location = b.location;
        this.seal = b.seal;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these values, to derive changed parameters. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.profile = profile;
        b.page = page;
        b.xMm = xMm;
        b.yMm = yMm;
        b.stamp = stamp;
        b.signerChain = signerChain;
        b.signingTime = signingTime;
        b.reason = reason;
        b.location = location;
        b.seal = seal;
        return b;
    }

    public SealProfile profile() {
        return profile;
    }

    /** The page, counted from 1. */
    public int page() {
        return page;
    }

    public double xMm() {
        return xMm;
    }

    public double yMm() {
        return yMm;
    }

    public SealStamp stamp() {
        return stamp;
    }

    /** The signer's certificate first, then its issuers up to (optionally) the root. */
    public List<Sm2Certificate> signerChain() {
        return signerChain;
    }

    public Sm2Certificate signerCertificate() {
        return signerChain.get(0);
    }

    /** The signing time, to the second; written as the CMS signing-time / SES timeInfo and the PDF /M. */
    public Instant signingTime() {
        return signingTime;
    }

    /** The /Reason of the signature dictionary, or null. */
    public String reason() {
        return reason;
    }

    /** The /Location of the signature dictionary, or null. */
    public String location() {
        return location;
    }

    /** The GB/T 38540 seal applied (profile SES_GBT38540), or null for profile CMS_SM2. */
    public SesSeal seal() {
        return seal;
    }

    /** Builds {@link SealParameters}; page, position, stamp and signer chain are required. */
    public static final class Builder {
        private SealProfile profile = SealProfile.CMS_SM2;
        private int page = 1;
        private double xMm = Double.NaN;
        private double yMm = Double.NaN;
        private SealStamp stamp;
        private List<Sm2Certificate> signerChain = List.of();
        private Instant signingTime;
        private String reason;
        private String location;
        private SesSeal seal;

        private Builder() {
        }

        public Builder profile(SealProfile profile) {
            this.profile = Objects.requireNonNull(profile, "profile");
            return this;
        }

        /** Page number counted from 1. */
        public Builder page(int page) {
            this.page = page;
            return this;
        }

        /** The stamp's top-left corner in millimetres from the page's top-left corner. */
        public Builder position(double xMm, double yMm) {
            this.xMm = xMm;
            this.yMm = yMm;
            return this;
        }

        public Builder stamp(SealStamp stamp) {
            this.stamp = Objects.requireNonNull(stamp, "stamp");
            return this;
        }

        /** The signer's certificate first, then its issuers. */
        public Builder signerChain(List<Sm2Certificate> chain) {
            this.signerChain = List.copyOf(chain);
            return this;
        }

        public Builder signingTime(Instant signingTime) {
            this.signingTime = Objects.requireNonNull(signingTime, "signingTime");
            return this;
        }

        public Builder reason(String reason) {
            this.reason = reason;
            return this;
        }

        public Builder location(String location) {
            this.location = location;
            return this;
        }

        /**
         * Applies this GB/T 38540 seal: selects profile {@link SealProfile#SES_GBT38540} and, unless a
         * stamp is given, uses the seal's own PNG picture at its size (decoded here; give a prepared
         * {@link SealStamp#fromSeal} stamp to reuse it across documents).
         */
        public Builder seal(SesSeal seal) {
            this.seal = Objects.requireNonNull(seal, "seal");
            this.profile = SealProfile.SES_GBT38540;
            return this;
        }

        /**
         * The parameters; the signing time defaults to now (to the second) and is then fixed.
         *
         * @throws PdfSealingException {@link Reason#INVALID_PARAMETERS} if something required is missing
         */
        public SealParameters build() {
            if (stamp == null && seal != null) {
                stamp = SealStamp.fromSeal(seal);
            }
            if (stamp == null) {
                throw new PdfSealingException(Reason.INVALID_PARAMETERS, "a seal stamp is required");
            }
            if (signerChain.isEmpty()) {
                throw new PdfSealingException(Reason.INVALID_PARAMETERS, "the signer's certificate is required");
            }
            if (Double.isNaN(xMm) || Double.isNaN(yMm) || Double.isInfinite(xMm) || Double.isInfinite(yMm)) {
                throw new PdfSealingException(Reason.INVALID_PARAMETERS, "the stamp's position is required");
            }
            if (profile == SealProfile.SES_GBT38540 && seal == null) {
                throw new PdfSealingException(Reason.INVALID_PARAMETERS, "profile " + profile + " needs the SES_Seal to apply");
            }
            if (signingTime == null) {
                signingTime = Instant.now();
            }
            return new SealParameters(this);
        }
    }
}
