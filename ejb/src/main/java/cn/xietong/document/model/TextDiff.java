package cn.xietong.document.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A longest-common-subsequence diff of two sequences (paragraphs, or the characters of one paragraph):
 * the steps that turn the first into the second. Quadratic, so long inputs beyond {@link #MAX_CELLS}
 * comparisons are reported as one replacement rather than compared element by element.
 */
public final class TextDiff {

    public static final long MAX_CELLS = 4_000_000L;

    public enum Op { SAME, REMOVED, ADDED }

    public record Step<T>(Op op, T value) {
    }

    private TextDiff() {
    }

    public static <T> List<Step<T>> of(List<T> a, List<T> b) {
        int prefix = 0;
        while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.size() - prefix && suffix < b.size() - prefix
                && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
            suffix++;
        }
        List<Step<T>> steps = new ArrayList<>();
        a.subList(0, prefix).forEach(v -> steps.add(new Step<>(Op.SAME, v)));
        List<T> x = a.subList(prefix, a.size() - suffix);
        List<T> y = b.subList(prefix, b.size() - suffix);
        if ((long) x.size() * y.size() > MAX_CELLS) {
            x.forEach(v -> steps.add(new Step<>(Op.REMOVED, v)));
            y.forEach(v -> steps.add(new Step<>(Op.ADDED, v)));
        } else {
            middle(x, y, steps);
        }
        a.subList(a.size() - suffix, a.size()).forEach(v -> steps.add(new Step<>(Op.SAME, v)));
        return steps;
    }

    private static <T> void middle(List<T> x, List<T> y, List<Step<T>> steps) {
        int n = x.size();
        int m = y.size();
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = x.get(i).equals(y.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            if (x.get(i).equals(y.get(j))) {
                steps.add(new Step<>(Op.SAME, x.get(i++)));
                j++;
            } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                steps.add(new Step<>(Op.REMOVED, x.get(i++)));
            } else {
                steps.add(new Step<>(Op.ADDED, y.get(j++)));
            }
        }
        while (i < n) {
            steps.add(new Step<>(Op.REMOVED, x.get(i++)));
        }
        while (j < m) {
            steps.add(new Step<>(Op.ADDED, y.get(j++)));
        }
    }

    /** The characters (code points) of a text, as strings, for a character-level diff. */
    public static List<String> characters(String s) {
        return s.codePoints().mapToObj(Character::toString).toList();
    }
}
