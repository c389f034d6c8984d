package cn.xietong.signing.ca;

import java.util.Objects;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;

/**
 * Who a certificate is for. Rendered as the subject DN
 * {@code C=CN, O=<unit name>, OU=<department>, CN=<common name>, organizationIdentifier=<USCC>}
 * (department and USCC only when present; organizationIdentifier is X.520 attribute 2.5.4.97).
 *
 * @param commonName   the person's name, the seal maker's name, the service name, or the unit's name
 * @param unitName     the unit (机关单位) the certificate belongs to
 * @param department   the department (处室), or null
 * @param uscc         the unit's unified social credit code, or null where the profile does not need it
 */
public record CertificateSubject(String commonName, String unitName, String department, Uscc uscc) {

    public CertificateSubject {
        if (commonName == null || commonName.isBlank()) {
            throw new IllegalArgumentException("a certificate subject needs a common name");
        }
        if (unitName == null || unitName.isBlank()) {
            throw new IllegalArgumentException("a certificate subject needs a unit name");
        }
    }

    /** A unit (or its service) without department. */
    public static CertificateSubject unit(String unitName, Uscc uscc) {
        return new CertificateSubject(unitName, unitName, null, Objects.requireNonNull(uscc, "uscc"));
    }

    /** A person of a unit. */
    public static CertificateSubject person(String name, String unitName, String department, Uscc uscc) {
        return new CertificateSubject(name, unitName, department, uscc);
    }

    /** The X.500 name. */
    public X500Name toX500Name() {
        X500NameBuilder b = new X500NameBuilder(BCStyle.INSTANCE);
        b.addRDN(BCStyle.C, "CN");
        b.addRDN(BCStyle.O, unitName);
        if (department != null && !department.isBlank()) {
            b.addRDN(BCStyle.OU, department);
        }
        b.addRDN(BCStyle.CN, commonName);
        if (uscc != null) {
            b.addRDN(BCStyle.ORGANIZATION_IDENTIFIER, uscc.value());
        }
        return b.build();
    }
}
