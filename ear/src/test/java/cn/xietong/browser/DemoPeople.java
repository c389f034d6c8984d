package cn.xietong.browser;

import cn.xietong.organisation.infrastructure.DemoOrganisation;
import cn.xietong.organisation.infrastructure.DemoOrganisation.PersonSpec;

/**
 * The people of the demo organisation ({@link DemoOrganisation}, docs/demo-data.md) that the browser
 * tests act as or look for. Every demo account's password is Xietong@2026.
 */
final class DemoPeople {

    static final String PASSWORD = "Xietong@2026";

    /** A leader (签发人/领导): 李国栋, 主任 of 南江市人民政府办公室. */
    static final Person LEADER = person("liguodong");
    /** A colleague of the leader's own unit: 周丽娟, 科长 of its 秘书科. */
    static final Person COLLEAGUE = person("zhoulijuan");
    /** A person of another unit, whose mobile the leader must not see: 马晓燕 of 南江市财政局. */
    static final Person OTHER_UNIT = person("maxiaoyan");
    /** The unit administrator of 南江市人民政府办公室: 郑伟明. */
    static final Person UNIT_ADMIN = person("zhengweiming");
    /** The platform administrator: 张伟. */
    static final Person PLATFORM_ADMIN = person("zhangwei");
    /** The account for the wrong-password attempt (not the leader's, so its lockout counter stays clean). */
    static final Person WRONG_PASSWORD = person("wuxiuying");
    /** The clerk (文书) of 南江市人民政府办公室 who numbers, distributes and tracks its documents: 吴秀英. */
    static final Person SENDING_CLERK = person("wuxiuying");
    /** The clerk (文书) of 南江市教育局 who works its inbox (收文箱): 孙美玲. */
    static final Person RECEIVING_CLERK = person("sunmeiling");

    private DemoPeople() {
    }

    record Person(String login, String name, String position, String unitName) {
    }

    private static Person person(String login) {
        PersonSpec p = DemoOrganisation.PEOPLE.stream().filter(s -> s.login().equals(login)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no demo person " + login));
        String unit = DemoOrganisation.UNITS.stream().filter(u -> u.key().equals(p.unitKey())).findFirst()
                .orElseThrow().name();
        return new Person(p.login(), p.name(), p.position(), unit);
    }
}
