package cn.xietong.organisation.infrastructure;

/**
 * The 9-character organisation code (组织机构代码, GB 11714) that forms characters 9–17 of a
 * unified social credit code: 8 body characters and a check character
 * (weights 3,7,9,10,5,8,4,2; check = 11 − (Σ mod 11), 10 → X, 11 → 0). Used to make
 * plausible codes for demo and benchmark units.
 */
final class OrganisationCode {

    private static final int[] WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

    private OrganisationCode() {
    }

    /** The 8 digits of {@code body8} followed by their check character. */
    static String withCheck(String body8) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            char c = body8.charAt(i);
            int v = Character.isDigit(c) ? c - '0' : c - 'A' + 10;
            sum += v * WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        char checkChar = check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
        return body8 + checkChar;
    }
}
