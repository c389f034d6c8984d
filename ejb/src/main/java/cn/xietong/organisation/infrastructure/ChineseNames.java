package cn.xietong.organisation.infrastructure;

import java.util.random.RandomGenerator;

/**
 * Plausible, invented Chinese personal names for benchmark data: a surname drawn with roughly the
 * weight of the commonest surnames, then one or two given-name characters. Deterministic for a
 * given random generator.
 */
final class ChineseNames {

    /** Common surnames, most common first; the first ones are drawn more often. */
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘"
            + "于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺"
            + "顾毛郝龚邵万钱严覃武戴莫孔向汤";

    /** Characters common in given names, male- and female-leaning mixed. */
    private static final String GIVEN = "伟芳娜秀敏静丽强磊军洋勇艳杰娟涛明超霞平刚桂英华玉兰红建国志文辉鹏飞宇"
            + "浩然子轩欣怡梓涵晓东海波俊峰雪梅永庆春林丹萍琳慧颖思远嘉佳晨阳宏斌斐婷倩雅清瑶德胜长青振立新云龙"
            + "锦荣少卫光亮金凤小燕淑珍海燕红霞晓明晓燕子豪一鸣雨泽";

    private ChineseNames() {
    }

    static String next(RandomGenerator random) {
        // Squaring the uniform draw favours the front of the list: 王, 李, 张 … appear most.
        double u = random.nextDouble();
        int s = (int) (u * u * SURNAMES.length());
        StringBuilder name = new StringBuilder().append(SURNAMES.charAt(s));
        int givenLength = random.nextInt(10) < 3 ? 1 : 2;
        for (int i = 0; i < givenLength; i++) {
            name.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
        }
        return name.toString();
    }
}
