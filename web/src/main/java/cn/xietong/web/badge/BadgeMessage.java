package cn.xietong.web.badge;

/** The JSON the badge socket sends: {@code {"waitingPackages": n}}. */
final class BadgeMessage {

    private BadgeMessage() {
    }

    static String waitingPackages(long waiting) {
        if (waiting < 0) {
            throw new IllegalArgumentException("a count of waiting packages cannot be negative: " + waiting);
        }
        return "{\"waitingPackages\":" + waiting + "}";
    }
}
