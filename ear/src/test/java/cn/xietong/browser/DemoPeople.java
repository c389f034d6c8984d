package cn.xietong.browser;

/**
 * The people of the demo organisation the browser tests act as or look for (see docs/demo-data.md
 * on the organisation branch). Every demo account's password is Xietong@2026.
 */
final class DemoPeople {

    private DemoPeople() {
    }

    /** A leader (签发人/领导), who signs in on the phone. */
    static final String LEADER_LOGIN = "zhangwei";
    static final String LEADER_NAME = "张伟";
    static final String LEADER_UNIT = "深圳市人民政府办公厅";

    /** A colleague of the leader's own unit, with a mobile number. */
    static final String COLLEAGUE_NAME = "李娜";
    static final String COLLEAGUE_POSITION = "处长";

    /** A person of another unit, whose mobile the leader must not see. */
    static final String OTHER_UNIT_NAME = "王芳";
    static final String OTHER_UNIT_UNIT = "深圳市财政局";

    /** An account used for the wrong-password attempt (not the leader's, whose lockout counter stays clean). */
    static final String WRONG_PASSWORD_LOGIN = "lina";
}
