package cn.xietong.signing.seal;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import cn.xietong.signing.ca.Sm2Certificate;

/**
 * What a seal administrator asks for when making a seal.
 *
 * @param esId           the seal's identifier (IA5 characters), or null to let {@link SealMaker} generate one
 * @param type           {@code SES_ESPropertyInfo.type}, see {@link SealType}
 * @param name           the seal's name, e.g. "深圳市人民政府办公厅公文专用章"
 * @param allowedSigners the certificates allowed to sign with this seal (written as certListType 1)
 * @param validStart     start of the seal's validity
 * @param validEnd       end of the seal's validity
 * @param picture        the seal's picture
 */
public record SealRequest(String esId, int type, String name, List<Sm2Certificate> allowedSigners,
        Instant validStart, Instant validEnd, SealPicture picture) {

    public SealRequest {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(validStart, "validStart");
        Objects.requireNonNull(validEnd, "validEnd");
        Objects.requireNonNull(picture, "picture");
        allowedSigners = List.copyOf(allowedSigners);
    }
}
