package cn.xietong.organisation.application;

/** Escapes text for a {@code LIKE … ESCAPE '\'} pattern, so that % and _ typed by a person match themselves. */
final class Likes {

    private Likes() {
    }

    static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
