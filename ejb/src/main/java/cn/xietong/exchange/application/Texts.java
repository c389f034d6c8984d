package cn.xietong.exchange.application;

/** Text limits of the exchange's records, and times as a Chinese sentence shows them. */
final class Texts {

    private static final java.time.format.DateTimeFormatter CLOCK = java.time.format.DateTimeFormatter
            .ofPattern("HH:mm").withZone(cn.xietong.document.application.NumberingService.ZONE);

    private Texts() {
    }

    /** At most 1,900 characters (the audit log keeps 2,000). */
    static String cap(String text) {
        return text == null || text.length() <= 1900 ? text : text.substring(0, 1899) + "…";
    }

    /** The time of day in China, e.g. 09:41. */
    static String localTime(java.time.Instant t) {
        return CLOCK.format(t);
    }
}
