package cn.xietong.organisation.infrastructure;

import cn.xietong.organisation.model.RegionLevel;
import cn.xietong.organisation.model.Role;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static cn.xietong.organisation.model.Role.CLERK;
import static cn.xietong.organisation.model.Role.DRAFTER;
import static cn.xietong.organisation.model.Role.LEADER;
import static cn.xietong.organisation.model.Role.PLATFORM_ADMIN;
import static cn.xietong.organisation.model.Role.RECORDS_OFFICER;
import static cn.xietong.organisation.model.Role.REVIEWER;
import static cn.xietong.organisation.model.Role.SEAL_ADMIN;
import static cn.xietong.organisation.model.Role.UNIT_ADMIN;

/**
 * The demo organisation (演示数据): one chain of regions 广东省 → 南江市 → 青溪县 → 白沙镇 → 石桥村
 * (the city and everything below it fictional), twelve units on every level, their departments and
 * 61 people. Every unit has at least a drafter, reviewer, leader, clerk, seal administrator, records
 * officer and unit administrator; 张伟 of the city government office is the platform administrator.
 * Names, phone numbers and addresses are invented. Described for people in {@code docs/demo-data.md}.
 */
public final class DemoOrganisation {

    private DemoOrganisation() {
    }

    public record RegionSpec(String key, String name, String code, RegionLevel level, String parentKey) {
    }

    /**
     * A unit: its credit code is {@code creditKind} (11 = 机关, 54 = village committee registered with
     * civil affairs) + the region's 6-digit division code + the organisation code made from
     * {@code orgCodeBody} + the check digit. Office phones are {@code phonePrefix} + 3 digits.
     */
    public record UnitSpec(String key, String name, String shortName, String regionKey, String creditKind,
                           String orgCodeBody, int sortOrder, String phonePrefix, List<String> departments) {
    }

    public record PersonSpec(String unitKey, String name, String login, String department, String position,
                             Set<Role> roles) {
    }

    public static final String EMAIL_DOMAIN = "demo.xietong.cn";

    public static final List<RegionSpec> REGIONS = List.of(
            new RegionSpec("gd", "广东省", "440000000000", RegionLevel.PROVINCE, null),
            new RegionSpec("nj", "南江市", "448800000000", RegionLevel.CITY, "gd"),
            new RegionSpec("qx", "青溪县", "448821000000", RegionLevel.COUNTY, "nj"),
            new RegionSpec("bs", "白沙镇", "448821101000", RegionLevel.TOWN, "qx"),
            new RegionSpec("sq", "石桥村", "448821101201", RegionLevel.VILLAGE, "bs"));

    public static final List<UnitSpec> UNITS = List.of(
            new UnitSpec("gdOffice", "广东省人民政府办公厅", "粤府办", "gd", "11", "M0012301", 10, "020-83135",
                    List.of("秘书处", "综合处", "文电处", "信息处")),
            new UnitSpec("cityOffice", "南江市人民政府办公室", "南府办", "nj", "11", "M0045601", 100, "0768-2210",
                    List.of("秘书科", "综合科", "文电科", "信息中心")),
            new UnitSpec("education", "南江市教育局", "南教", "nj", "11", "M0045602", 110, "0768-2220",
                    List.of("办公室", "基础教育科", "财务科")),
            new UnitSpec("finance", "南江市财政局", "南财", "nj", "11", "M0045603", 120, "0768-2230",
                    List.of("办公室", "预算科", "国库科")),
            new UnitSpec("health", "南江市卫生健康委员会", "南卫健", "nj", "11", "M0045604", 130, "0768-2240",
                    List.of("办公室", "医政医管科", "疾病预防控制科")),
            new UnitSpec("transport", "南江市交通运输局", "南交运", "nj", "11", "M0045605", 140, "0768-2250",
                    List.of("办公室", "综合规划科", "公路管理科")),
            new UnitSpec("hrss", "南江市人力资源和社会保障局", "南人社", "nj", "11", "M0045606", 150, "0768-2260",
                    List.of("办公室", "就业促进科", "社会保险科")),
            new UnitSpec("market", "南江市市场监督管理局", "南市监", "nj", "11", "M0045607", 160, "0768-2270",
                    List.of("办公室", "登记注册科", "食品安全科")),
            new UnitSpec("countyOffice", "青溪县人民政府办公室", "青府办", "qx", "11", "M0078901", 200, "0768-5510",
                    List.of("秘书股", "综合股", "文电股")),
            new UnitSpec("countyEducation", "青溪县教育局", "青教", "qx", "11", "M0078902", 210, "0768-5520",
                    List.of("办公室", "教育股")),
            new UnitSpec("town", "白沙镇人民政府", "白沙府", "bs", "11", "M0099001", 300, "0768-5630",
                    List.of("党政办公室", "经济发展办公室", "社会事务办公室")),
            new UnitSpec("village", "石桥村民委员会", "石桥村委", "sq", "54", "M0099101", 400, "0768-5631",
                    List.of("村务办公室")));

    private static final Set<Role> LEAD = EnumSet.of(LEADER);
    private static final Set<Role> REVIEW = EnumSet.of(REVIEWER);
    private static final Set<Role> DRAFT = EnumSet.of(DRAFTER);
    private static final Set<Role> PAPERS = EnumSet.of(CLERK, RECORDS_OFFICER);
    private static final Set<Role> ADMIN = EnumSet.of(SEAL_ADMIN, UNIT_ADMIN);

    public static final List<PersonSpec> PEOPLE = List.of(
            // 广东省人民政府办公厅
            new PersonSpec("gdOffice", "陈志远", "chenzhiyuan", null, "主任", LEAD),
            new PersonSpec("gdOffice", "黄晓东", "huangxiaodong", "秘书处", "处长", REVIEW),
            new PersonSpec("gdOffice", "林雅婷", "linyating", "文电处", "一级主任科员", DRAFT),
            new PersonSpec("gdOffice", "梁淑芬", "liangshufen", "文电处", "文书", PAPERS),
            new PersonSpec("gdOffice", "何建华", "hejianhua", "综合处", "副处长", ADMIN),
            // 南江市人民政府办公室
            new PersonSpec("cityOffice", "李国栋", "liguodong", null, "主任", LEAD),
            new PersonSpec("cityOffice", "周丽娟", "zhoulijuan", "秘书科", "科长", REVIEW),
            new PersonSpec("cityOffice", "王浩然", "wanghaoran", "综合科", "科员", DRAFT),
            new PersonSpec("cityOffice", "吴秀英", "wuxiuying", "文电科", "文书", PAPERS),
            new PersonSpec("cityOffice", "郑伟明", "zhengweiming", "综合科", "科长", ADMIN),
            new PersonSpec("cityOffice", "张伟", "zhangwei", "信息中心", "工程师", EnumSet.of(PLATFORM_ADMIN)),
            // 南江市教育局
            new PersonSpec("education", "刘建国", "liujianguo", null, "局长", LEAD),
            new PersonSpec("education", "杨慧敏", "yanghuimin", "办公室", "主任", REVIEW),
            new PersonSpec("education", "赵子豪", "zhaozihao", "基础教育科", "科员", DRAFT),
            new PersonSpec("education", "孙美玲", "sunmeiling", "办公室", "文书", PAPERS),
            new PersonSpec("education", "朱文斌", "zhuwenbin", "办公室", "副主任", ADMIN),
            // 南江市财政局
            new PersonSpec("finance", "徐振华", "xuzhenhua", null, "局长", LEAD),
            new PersonSpec("finance", "马晓燕", "maxiaoyan", "预算科", "科长", REVIEW),
            new PersonSpec("finance", "胡俊杰", "hujunjie", "预算科", "科员", DRAFT),
            new PersonSpec("finance", "郭淑珍", "guoshuzhen", "办公室", "文书", PAPERS),
            new PersonSpec("finance", "罗志强", "luozhiqiang", "办公室", "主任", ADMIN),
            // 南江市卫生健康委员会
            new PersonSpec("health", "高永红", "gaoyonghong", null, "主任", LEAD),
            new PersonSpec("health", "谢婉清", "xiewanqing", "医政医管科", "科长", REVIEW),
            new PersonSpec("health", "宋嘉怡", "songjiayi", "疾病预防控制科", "科员", DRAFT),
            new PersonSpec("health", "唐桂兰", "tangguilan", "办公室", "文书", PAPERS),
            new PersonSpec("health", "韩立新", "hanlixin", "办公室", "主任", ADMIN),
            // 南江市交通运输局
            new PersonSpec("transport", "冯德胜", "fengdesheng", null, "局长", LEAD),
            new PersonSpec("transport", "邓海波", "denghaibo", "综合规划科", "科长", REVIEW),
            new PersonSpec("transport", "曹宇航", "caoyuhang", "公路管理科", "科员", DRAFT),
            new PersonSpec("transport", "彭玉梅", "pengyumei", "办公室", "文书", PAPERS),
            new PersonSpec("transport", "曾庆华", "zengqinghua", "办公室", "主任", ADMIN),
            // 南江市人力资源和社会保障局
            new PersonSpec("hrss", "萧长青", "xiaochangqing", null, "局长", LEAD),
            new PersonSpec("hrss", "田晓光", "tianxiaoguang", "就业促进科", "科长", REVIEW),
            new PersonSpec("hrss", "董欣怡", "dongxinyi", "社会保险科", "科员", DRAFT),
            new PersonSpec("hrss", "袁丽华", "yuanlihua", "办公室", "文书", PAPERS),
            new PersonSpec("hrss", "潘建军", "panjianjun", "办公室", "主任", ADMIN),
            // 南江市市场监督管理局
            new PersonSpec("market", "蔡明亮", "caimingliang", null, "局长", LEAD),
            new PersonSpec("market", "蒋红梅", "jianghongmei", "食品安全科", "科长", REVIEW),
            new PersonSpec("market", "余思远", "yusiyuan", "登记注册科", "科员", DRAFT),
            new PersonSpec("market", "杜春兰", "duchunlan", "办公室", "文书", PAPERS),
            new PersonSpec("market", "叶国平", "yeguoping", "办公室", "主任", ADMIN),
            // 青溪县人民政府办公室
            new PersonSpec("countyOffice", "程卫东", "chengweidong", null, "主任", LEAD),
            new PersonSpec("countyOffice", "苏静怡", "sujingyi", "秘书股", "股长", REVIEW),
            new PersonSpec("countyOffice", "魏子轩", "weizixuan", "综合股", "科员", DRAFT),
            new PersonSpec("countyOffice", "吕桂芳", "lvguifang", "文电股", "文书", PAPERS),
            new PersonSpec("countyOffice", "丁志刚", "dingzhigang", "综合股", "股长", ADMIN),
            // 青溪县教育局
            new PersonSpec("countyEducation", "任光明", "renguangming", null, "局长", LEAD),
            new PersonSpec("countyEducation", "沈雪梅", "shenxuemei", "教育股", "股长", REVIEW),
            new PersonSpec("countyEducation", "姚俊峰", "yaojunfeng", "教育股", "科员", DRAFT),
            new PersonSpec("countyEducation", "卢秀兰", "luxiulan", "办公室", "文书", PAPERS),
            new PersonSpec("countyEducation", "姜海涛", "jianghaitao", "办公室", "主任", ADMIN),
            // 白沙镇人民政府
            new PersonSpec("town", "崔永强", "cuiyongqiang", null, "镇长", LEAD),
            new PersonSpec("town", "钟丽萍", "zhongliping", "党政办公室", "主任", REVIEW),
            new PersonSpec("town", "谭文华", "tanwenhua", "社会事务办公室", "科员", DRAFT),
            new PersonSpec("town", "陆小凤", "luxiaofeng", "党政办公室", "文书", PAPERS),
            new PersonSpec("town", "汪建平", "wangjianping", "党政办公室", "副主任", ADMIN),
            // 石桥村民委员会
            new PersonSpec("village", "范德明", "fandeming", null, "村委会主任", LEAD),
            new PersonSpec("village", "金玉珍", "jinyuzhen", "村务办公室", "村委会副主任", REVIEW),
            new PersonSpec("village", "石俊", "shijun", "村务办公室", "村委会委员", DRAFT),
            new PersonSpec("village", "廖秀梅", "liaoxiumei", "村务办公室", "村文书", PAPERS),
            new PersonSpec("village", "夏志成", "xiazhicheng", "村务办公室", "村委会委员", ADMIN));

    /**
     * The demo units a platform hosts, by {@code XIETONG_DEMO_UNITS}: null or blank for all; a
     * comma-separated list of 机关代字 for those; the same after {@code -} for all but those.
     *
     * @throws IllegalArgumentException naming the 机关代字 that is not a demo unit's
     */
    public static List<UnitSpec> units(String selection) {
        if (selection == null || selection.isBlank()) {
            return UNITS;
        }
        String list = selection.strip();
        boolean except = list.startsWith("-");
        Set<String> names = new java.util.LinkedHashSet<>();
        for (String name : (except ? list.substring(1) : list).split("[,，]")) {
            if (!name.isBlank()) {
                names.add(name.strip());
            }
        }
        for (String name : names) {
            if (UNITS.stream().noneMatch(u -> u.shortName().equals(name))) {
                throw new IllegalArgumentException("XIETONG_DEMO_UNITS: “" + name + "” is not the 机关代字 of a demo unit ("
                        + String.join(", ", UNITS.stream().map(UnitSpec::shortName).toList()) + ")");
            }
        }
        List<UnitSpec> chosen = UNITS.stream().filter(u -> names.contains(u.shortName()) != except).toList();
        if (chosen.isEmpty()) {
            throw new IllegalArgumentException("XIETONG_DEMO_UNITS leaves no demo unit: " + selection);
        }
        return chosen;
    }

    /** The people of one unit, in their display order. */
    public static List<PersonSpec> peopleOf(String unitKey) {
        List<PersonSpec> found = new ArrayList<>();
        for (PersonSpec p : PEOPLE) {
            if (p.unitKey().equals(unitKey)) {
                found.add(p);
            }
        }
        return found;
    }

    /** The credit code of a demo unit, check digits included. */
    public static String creditCode(UnitSpec unit) {
        RegionSpec region = REGIONS.stream().filter(r -> r.key().equals(unit.regionKey())).findFirst().orElseThrow();
        String first17 = unit.creditKind() + region.code().substring(0, 6) + OrganisationCode.withCheck(unit.orgCodeBody());
        return cn.xietong.organisation.model.Uscc.withCheckDigit(first17).value();
    }

    /** A fictional mobile number for the n-th demo person (from 0). */
    public static String mobile(int n) {
        return String.format("1390768%04d", 1001 + n);
    }
}
