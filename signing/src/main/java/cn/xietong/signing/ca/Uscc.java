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
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int v = ALPHABET.indexOf(value.charAt(i));
            if (v < 0) {
                throw new IllegalArgumentException("character '" + value.charAt(i) + "' at position " + (i + 1)
                        + " is not allowed in a unified social credit code");
            }
            sum += v * WEIGHTS[i];
        }
        int check = (31 - sum % 31) % 31;
        if (ALPHABET.charAt(check) != value.charAt(17)) {
            throw new IllegalArgumentException("unified social credit code " + value + " has check character '"
                    + value.charAt(17) + "' but GB 32100 gives '" + ALPHABET.charAt(check) + "'");
        }
    }

    /** The code followed by its computed check character (for building test data). */
    public static Uscc withCheckCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        return new Uscc(first17 + ALPHABET.charAt((31 - sum % 31) % 31));
    }

    @Override
    public String toString() {
        return value;
    }
}
