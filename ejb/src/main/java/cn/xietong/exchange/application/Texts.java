package cn.xietong.exchange.application;

/** Text limits of the exchange's records. */
final class Texts {

    private Texts() {
    }

    /** At most 1,900 characters (the audit log keeps 2,000). */
    static String cap(String text) {
        return text == null || text.length() <= 1900 ? text : text.substring(0, 1899) + "…";
    }
}
