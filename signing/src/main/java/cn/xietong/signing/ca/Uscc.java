package cn.xietong.signing.ca;

import java.util.Objects;

/**
 * A unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from
 * {@code 0-9 A-H J-N P-R T-U W-Y}, the last a check character over the first 17. Equal by value.
 */
public record Uscc(String value) {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    public Uscc {
        Objects.requireNonNull(value, "value");
        if (value.length() != 18) {
            throw new IllegalArgumentException("a unified social credit code has 18 characters, not " + value.length());
        }
        char expected = checkCharacter(value.substring(0, 17));
        if (expected != value.charAt(17)) {
            throw new IllegalArgumentException("unified social credit code " + value + " has check character '"
                    + value.charAt(17) + "' but GB 32100 gives '" + expected + "'");
        }
    }

    /** The code followed by its computed check character (for building test data). */
    public static Uscc withCheckCharacter(String first17) {
        return new Uscc(first17 + checkCharacter(first17));
    }

    /**
     * The GB 32100 check character (the 18th) for the first 17 characters: 31 minus the weighted sum
     * modulo 31, as a character of the code's alphabet. The one place this rule is computed.
     *
     * @throws IllegalArgumentException naming the first character outside the alphabet
     */
    public static char checkCharacter(String first17) {
        if (first17.length() != 17) {
            throw new IllegalArgumentException("the check character is computed over 17 characters, not " + first17.length());
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int v = ALPHABET.indexOf(first17.charAt(i));
            if (v < 0) {
                throw new IllegalArgumentException("character '" + first17.charAt(i) + "' at position " + (i + 1)
                        + " is not allowed in a unified social credit code");
            }
            sum += v * WEIGHTS[i];
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }

    @Override
    public String toString() {
        return value;
    }
}
