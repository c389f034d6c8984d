package cn.xietong.signing.seal;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Instant;

import org.bouncycastle.asn1.ASN1BitString;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1GeneralizedTime;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.ASN1UTCTime;

import cn.xietong.signing.MalformedInputException;
import cn.xietong.signing.SigningException.Code;

/** Typed field readers: a wrong type becomes a MalformedInputException naming the field. */
final class Asn1Fields {

    private Asn1Fields() {
    }

    static MalformedInputException bad(String field, String expected, ASN1Encodable found) {
        return new MalformedInputException(Code.MALFORMED_ENCODING, field + " should be " + expected + " but is "
                + (found == null ? "missing" : found.toASN1Primitive().getClass().getSimpleName()));
    }

    static ASN1Sequence seq(ASN1Encodable o, String field, int min, int max) {
        if (!(o instanceof ASN1Sequence s)) {
            throw bad(field, "a SEQUENCE", o);
        }
        if (s.size() < min || s.size() > max) {
            throw new MalformedInputException(Code.MALFORMED_ENCODING, field + " has " + s.size()
                    + " elements; expected " + (min == max ? String.valueOf(min) : min + " to " + max));
        }
        return s;
    }

    static BigInteger integer(ASN1Encodable o, String field) {
        if (!(o instanceof ASN1Integer i)) {
            throw bad(field, "an INTEGER", o);
        }
        return i.getValue();
    }

    static int smallInt(ASN1Encodable o, String field) {
        BigInteger v = integer(o, field);
        if (v.bitLength() > 31) {
            throw new MalformedInputException(Code.MALFORMED_ENCODING, field + " is out of range: " + v);
        }
        return v.intValue();
    }

    static String string(ASN1Encodable o, String field) {
        if (!(o instanceof ASN1String s)) {
            throw bad(field, "a string", o);
        }
        return s.getString();
    }

    static byte[] octets(ASN1Encodable o, String field) {
        if (!(o instanceof ASN1OctetString s)) {
            throw bad(field, "an OCTET STRING", o);
        }
        return s.getOctets();
    }

    static byte[] bits(ASN1Encodable o, String field) {
        if (!(o instanceof ASN1BitString s)) {
            throw bad(field, "a BIT STRING", o);
        }
        if (s.getPadBits() != 0) {
            throw new MalformedInputException(Code.MALFORMED_ENCODING, field + " is not a whole number of bytes");
        }
        return s.getOctets();
    }

    static ASN1ObjectIdentifier oid(ASN1Encodable o, String field) {
        if (!(o instanceof ASN1ObjectIdentifier id)) {
            throw bad(field, "an OBJECT IDENTIFIER", o);
        }
        return id;
    }

    /** GeneralizedTime (v4), UTCTime (v1), or a BIT/OCTET STRING holding such a time in ASCII (seen in v1). */
    static Instant time(ASN1Encodable o, String field) {
        try {
            if (o instanceof ASN1GeneralizedTime g) {
                return g.getDate().toInstant();
            }
            if (o instanceof ASN1UTCTime u) {
                return u.getAdjustedDate().toInstant();
            }
            if (o instanceof ASN1BitString || o instanceof ASN1OctetString) {
                byte[] b = o instanceof ASN1BitString bs ? bs.getOctets() : ((ASN1OctetString) o).getOctets();
                String text = new String(b, StandardCharsets.US_ASCII).trim();
                if (text.matches("\\d{14}(\\.\\d+)?Z?")) {
                    return new ASN1GeneralizedTime(text.endsWith("Z") ? text : text + "Z").getDate().toInstant();
                }
                if (text.matches("\\d{12}Z")) {
                    return new ASN1UTCTime(text).getAdjustedDate().toInstant();
                }
                throw new MalformedInputException(Code.MALFORMED_ENCODING, field + " holds no readable time");
            }
        } catch (ParseException | IllegalArgumentException e) {
            throw new MalformedInputException(Code.MALFORMED_ENCODING, field + " is not a valid time: " + e.getMessage(), e);
        }
        throw bad(field, "a GeneralizedTime", o);
    }
}
