package cn.xietong.signing.seal;

import java.util.Objects;
import java.util.Set;

import cn.xietong.signing.SealRuleException;
import cn.xietong.signing.SigningException.Code;

/**
 * The picture of a seal (SES_ESPictrueInfo): type ("PNG", "JPG", "GIF", "SVG" or "OFD"), data, and the
 * printed size in millimetres. Pictures for new seals are limited to {@link #MAX_BYTES} and
 * {@link #MAX_MM} each side ({@link #requireAcceptableForNewSeal()}); pictures read from other products
 * are taken as they are.
 */
public record SealPicture(String type, byte[] data, int widthMm, int heightMm) {

    /** Largest picture data accepted for a new seal: 512 KiB. */
    public static final int MAX_BYTES = 512 * 1024;
    /** Largest printed width or height accepted for a new seal: 100 mm. */
    public static final int MAX_MM = 100;
    /** Picture types accepted for new seals (upper case, as GB/T 38540 writes them). */
    public static final Set<String> TYPES = Set.of("PNG", "JPG", "GIF", "SVG", "OFD");

    public SealPicture {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(data, "data");
        data = data.clone();
    }

    /** A PNG picture. */
    public static SealPicture png(byte[] data, int widthMm, int heightMm) {
        return new SealPicture("PNG", data, widthMm, heightMm);
    }

    @Override
    public byte[] data() {
        return data.clone();
    }

    /**
     * @throws SealRuleException PICTURE_TOO_LARGE above the limits, SEAL_INVALID for an unknown type, empty
     *                           data, a PNG whose bytes are not PNG, or a non-positive size
     */
    public void requireAcceptableForNewSeal() {
        if (data.length > MAX_BYTES) {
            throw new SealRuleException(Code.PICTURE_TOO_LARGE, "the seal picture has " + data.length
                    + " bytes; at most " + MAX_BYTES + " (512 KiB) are accepted");
        }
        if (widthMm > MAX_MM || heightMm > MAX_MM) {
            throw new SealRuleException(Code.PICTURE_TOO_LARGE, "the seal picture is " + widthMm + " x " + heightMm
                    + " mm; at most " + MAX_MM + " mm each side are accepted");
        }
        if (widthMm <= 0 || heightMm <= 0) {
            throw new SealRuleException(Code.SEAL_INVALID, "the seal picture needs a positive size in mm");
        }
        if (!TYPES.contains(type)) {
            throw new SealRuleException(Code.SEAL_INVALID, "seal picture type '" + type + "' is not one of " + TYPES);
        }
        if (data.length == 0) {
            throw new SealRuleException(Code.SEAL_INVALID, "the seal picture is empty");
        }
        if (type.equals("PNG") && (data.length < 8 || (data[0] & 0xff) != 0x89 || data[1] != 'P' || data[2] != 'N'
                || data[3] != 'G')) {
            throw new SealRuleException(Code.SEAL_INVALID, "the seal picture is declared PNG but is not a PNG file");
        }
    }

    @Override
    public String toString() {
        return "SealPicture[" + type + ", " + data.length + " bytes, " + widthMm + "x" + heightMm + " mm]";
    }
}
