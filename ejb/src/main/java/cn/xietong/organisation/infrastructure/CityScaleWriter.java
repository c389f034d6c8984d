package cn.xietong.organisation.infrastructure;

import cn.xietong.organisation.model.RegionLevel;
import cn.xietong.organisation.model.Role;
import cn.xietong.organisation.model.Uscc;
import cn.xietong.shared.DomainException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * Writes a whole city for benchmarks into the organisation tables with JDBC batches: a city under
 * 广东省 with 10 counties, 120 towns and 540 villages; its 1,000 units (city government office and
 * 39 bureaus, per county an office and 29 bureaus, 120 town governments, 540 village committees),
 * their departments and, by default, 36,638 people with invented names, positions, phones and roles
 * (each unit has a leader, reviewers, drafters, a clerk/records officer and a seal/unit
 * administrator). Deterministic for a seed. The people get no accounts.
 *
 * <p>Plain JDBC on a connection the caller owns (and commits), so that the same code runs inside the
 * server and in a benchmark harness. Portable SQL: PostgreSQL and H2.
 */
public final class CityScaleWriter {

    public static final int DEFAULT_PEOPLE = 36_638;
    static final int COUNTIES = 10;
    static final int TOWNS_PER_COUNTY = 12;
    static final int VILLAGES = 540;
    private static final int BATCH = 1_000;

    private static final String[] CITY_NAMES = {"云江", "海澄", "临川", "望海", "青岚", "金沙", "龙溪", "凤城", "玉岭", "长汀"};
    private static final String[] PLACE_SYLLABLES = {"东", "西", "南", "北", "新", "安", "平", "和", "福", "兴", "仁",
            "永", "宁", "康", "龙", "凤", "石", "沙", "桥", "塘", "坑", "岭", "湖", "田", "山", "水", "林", "溪", "洲",
            "埔", "岗", "坪", "围", "湾", "朗", "源", "丰", "庆", "华", "泰", "隆", "盛", "美", "秀", "云", "梅", "竹"};

    /** City bureaus: name and the characters added to the city's abbreviation for the short name. */
    private static final String[][] CITY_BUREAUS = {
            {"发展和改革局", "发改"}, {"教育局", "教"}, {"科学技术局", "科"}, {"工业和信息化局", "工信"},
            {"公安局", "公"}, {"民政局", "民"}, {"司法局", "司"}, {"财政局", "财"}, {"人力资源和社会保障局", "人社"},
            {"自然资源局", "自然资源"}, {"生态环境局", "环"}, {"住房和城乡建设局", "建"}, {"交通运输局", "交运"},
            {"水务局", "水"}, {"农业农村局", "农"}, {"商务局", "商务"}, {"文化广电旅游体育局", "文广旅体"},
            {"卫生健康局", "卫健"}, {"退役军人事务局", "退役军人"}, {"应急管理局", "应急"}, {"审计局", "审"},
            {"国有资产监督管理委员会", "国资"}, {"市场监督管理局", "市监"}, {"统计局", "统"}, {"医疗保障局", "医保"},
            {"林业局", "林"}, {"城市管理和综合执法局", "城管"}, {"政务服务数据管理局", "政数"}, {"信访局", "信访"},
            {"机关事务管理局", "机关事务"}, {"民族宗教事务局", "民宗"}, {"档案馆", "档"}, {"地方志办公室", "志"},
            {"人民防空办公室", "人防"}, {"乡村振兴局", "乡振"}, {"投资促进局", "投促"}, {"金融工作局", "金融"},
            {"外事局", "外事"}, {"粮食和物资储备局", "粮储"}};
    private static final String[] SECTIONS = {"综合科", "政策法规科", "计划财务科", "人事科", "监督检查科",
            "行政审批科", "信息科", "宣传科", "规划科", "安全生产科"};
    private static final String[] TOWN_OFFICES = {"党政办公室", "经济发展办公室", "社会事务办公室",
            "综合治理办公室", "农业农村办公室", "规划建设办公室"};

    private final Connection connection;
    private final Random random;
    private final OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    private final int people;

    private String cityCode4;
    private String cityAbbrev;
    private String areaCode;
    private int orgSerial;
    private int personSerial;

    private final List<Object[]> regionRows = new ArrayList<>();
    private final List<Object[]> unitRows = new ArrayList<>();
    private final List<Object[]> departmentRows = new ArrayList<>();
    private final List<UnitPlan> plans = new ArrayList<>();

    private record UnitPlan(UUID id, String kind, double weight, List<UUID> departments, List<String> departmentNames) {
    }

    public CityScaleWriter(Connection connection, int people, long seed) {
        if (people < 5_000 || people > 200_000) {
            throw DomainException.invalid("organisation.benchmark.people",
                    "基准测试城市的人数应在5000到200000之间，收到的为" + people + "。");
        }
        this.connection = connection;
        this.people = people;
        this.random = new Random(seed);
    }

    public CityScaleResult write() throws SQLException {
        long start = System.nanoTime();
        UUID province = provinceId();
        chooseCity();
        UUID city = region(cityAbbrev + "市", cityCode4 + "00000000", RegionLevel.CITY, province);
        planCityUnits(city);
        for (int c = 0; c < COUNTIES; c++) {
            boolean district = c < 3;
            String countyCode = cityCode4 + String.format("%02d", district ? c + 1 : 21 + c - 3);
            String countyAbbrev = placeName(c * 7 + 3);
            UUID county = region(countyAbbrev + (district ? "区" : "县"), countyCode + "000000", RegionLevel.COUNTY, city);
            planCountyUnits(county, countyCode, countyAbbrev, district);
            for (int t = 0; t < TOWNS_PER_COUNTY; t++) {
                int townIndex = c * TOWNS_PER_COUNTY + t;
                String townCode = countyCode + String.format("%03d", 101 + t);
                String townName = placeName(townIndex * 5 + 11);
                UUID town = region(townName + "镇", townCode + "000", RegionLevel.TOWN, county);
                addUnit(townName + "镇人民政府", townName + "府", town, countyCode, "11", "town", 110,
                        List.of(TOWN_OFFICES));
                int villages = VILLAGES / (COUNTIES * TOWNS_PER_COUNTY)
                        + (townIndex < VILLAGES % (COUNTIES * TOWNS_PER_COUNTY) ? 1 : 0);
                for (int v = 0; v < villages; v++) {
                    String villageName = placeName(townIndex * 13 + v * 3 + 5) + (v % 2 == 0 ? "村" : "社区");
                    UUID village = region(villageName, townCode + String.format("%03d", 201 + v),
                            RegionLevel.VILLAGE, town);
                    String committee = villageName.endsWith("村") ? villageName + "民委员会" : villageName + "居民委员会";
                    addUnit(committee, villageName.replace("社区", "居") + "委", village, countyCode, "54", "village", 12,
                            List.of("村务办公室"));
                }
            }
        }
        insertRegions();
        insertUnits();
        insertDepartments();
        int[] counts = insertPeople();
        analyseIfPostgres();
        long elapsed = (System.nanoTime() - start) / 1_000_000;
        return new CityScaleResult(city, cityAbbrev + "市", cityCode4 + "00000000", regionRows.size(), unitRows.size(),
                departmentRows.size(), counts[0], counts[1], elapsed);
    }

    private UUID provinceId() throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("select id from org_region where code = ?")) {
            s.setString(1, "440000000000");
            try (ResultSet r = s.executeQuery()) {
                if (r.next()) {
                    return r.getObject(1, UUID.class);
                }
            }
        }
        UUID id = UUID.randomUUID();
        try (PreparedStatement s = connection.prepareStatement(
                "insert into org_region (id, code, name, region_level, parent_id, created_at) values (?, ?, ?, ?, null, ?)")) {
            s.setObject(1, id);
            s.setString(2, "440000000000");
            s.setString(3, "广东省");
            s.setString(4, RegionLevel.PROVINCE.name());
            s.setObject(5, now);
            s.executeUpdate();
        }
        return id;
    }

    /** The first free city code 4490…4499 (fictional cities of 广东省). */
    private void chooseCity() throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("select count(*) from org_region where code = ?")) {
            for (int i = 0; i < 10; i++) {
                String code4 = "44" + (90 + i);
                s.setString(1, code4 + "00000000");
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    if (r.getLong(1) == 0) {
                        cityCode4 = code4;
                        cityAbbrev = CITY_NAMES[i];
                        areaCode = "07" + (90 + i);
                        return;
                    }
                }
            }
        }
        throw DomainException.conflict("organisation.benchmark.no-free-city",
                "已经建了10个基准测试城市（区划代码4490至4499），请清理数据库后再试。");
    }

    private String placeName(int n) {
        String a = PLACE_SYLLABLES[Math.floorMod(n * 31 + 7, PLACE_SYLLABLES.length)];
        String b = PLACE_SYLLABLES[Math.floorMod(n * 17 + 3, PLACE_SYLLABLES.length)];
        return a.equals(b) ? a + "溪" : a + b;
    }

    private UUID region(String name, String code, RegionLevel level, UUID parent) {
        UUID id = UUID.randomUUID();
        regionRows.add(new Object[]{id, code, name, level.name(), parent});
        return id;
    }

    private void planCityUnits(UUID city) {
        String division = cityCode4 + "00";
        addUnit(cityAbbrev + "市人民政府办公室", cityAbbrev + "府办", city, division, "11", "cityOffice", 150,
                List.of("秘书科", "综合科", "文电科", "督查科", "信息中心", "机要科"));
        for (String[] bureau : CITY_BUREAUS) {
            addUnit(cityAbbrev + "市" + bureau[0], cityAbbrev + bureau[1], city, division, "11", "cityBureau", 80,
                    sections(3 + random.nextInt(4), "科"));
        }
    }

    private void planCountyUnits(UUID county, String countyCode, String abbrev, boolean district) {
        String suffix = district ? "区" : "县";
        addUnit(abbrev + suffix + "人民政府办公室", abbrev + "府办", county, countyCode, "11", "countyOffice", 80,
                List.of("秘书股", "综合股", "文电股", "督查股"));
        for (int i = 0; i < 29; i++) {
            String[] bureau = CITY_BUREAUS[i];
            addUnit(abbrev + suffix + bureau[0], abbrev + bureau[1], county, countyCode, "11", "countyBureau", 44,
                    sections(2 + random.nextInt(3), "股"));
        }
    }

    private List<String> sections(int n, String suffix) {
        List<String> names = new ArrayList<>();
        names.add("办公室");
        int start = random.nextInt(SECTIONS.length);
        for (int i = 0; i < n; i++) {
            String s = SECTIONS[(start + i) % SECTIONS.length];
            names.add(s.substring(0, s.length() - 1) + suffix);
        }
        return names;
    }

    private void addUnit(String name, String shortName, UUID region, String division6, String creditKind,
                         String kind, double weight, List<String> departments) {
        UUID id = UUID.randomUUID();
        String orgCode = OrganisationCode.withCheck(String.format("MA%06d", ++orgSerial));
        String uscc = Uscc.withCheckDigit(creditKind + division6 + orgCode).value();
        String shortChecked = shortName.length() > 10 ? shortName.substring(0, 10) : shortName;
        unitRows.add(new Object[]{id, name, shortChecked, uscc, region, 1000 + unitRows.size()});
        List<UUID> deptIds = new ArrayList<>();
        int order = 10;
        for (String d : departments) {
            UUID did = UUID.randomUUID();
            departmentRows.add(new Object[]{did, id, d, order});
            order += 10;
            deptIds.add(did);
        }
        plans.add(new UnitPlan(id, kind, weight * (0.8 + 0.4 * random.nextDouble()), deptIds, departments));
    }

    private void insertRegions() throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("insert into org_region"
                + " (id, code, name, region_level, parent_id, created_at) values (?, ?, ?, ?, ?, ?)")) {
            int n = 0;
            for (Object[] r : regionRows) {
                s.setObject(1, r[0]);
                s.setString(2, (String) r[1]);
                s.setString(3, (String) r[2]);
                s.setString(4, (String) r[3]);
                s.setObject(5, r[4]);
                s.setObject(6, now);
                s.addBatch();
                if (++n % BATCH == 0) {
                    s.executeBatch();
                }
            }
            s.executeBatch();
        }
    }

    private void insertUnits() throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("insert into org_unit"
                + " (id, name, short_name, uscc, region_id, parent_id, sort_order, active, created_at)"
                + " values (?, ?, ?, ?, ?, null, ?, true, ?)")) {
            int n = 0;
            for (Object[] r : unitRows) {
                s.setObject(1, r[0]);
                s.setString(2, (String) r[1]);
                s.setString(3, (String) r[2]);
                s.setString(4, (String) r[3]);
                s.setObject(5, r[4]);
                s.setInt(6, (Integer) r[5]);
                s.setObject(7, now);
                s.addBatch();
                if (++n % BATCH == 0) {
                    s.executeBatch();
                }
            }
            s.executeBatch();
        }
    }

    private void insertDepartments() throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("insert into org_department"
                + " (id, unit_id, name, sort_order, created_at) values (?, ?, ?, ?, ?)")) {
            int n = 0;
            for (Object[] r : departmentRows) {
                s.setObject(1, r[0]);
                s.setObject(2, r[1]);
                s.setString(3, (String) r[2]);
                s.setInt(4, (Integer) r[3]);
                s.setObject(5, now);
                s.addBatch();
                if (++n % BATCH == 0) {
                    s.executeBatch();
                }
            }
            s.executeBatch();
        }
    }

    /** Inserts the people and their roles; returns {people, role grants}. */
    private int[] insertPeople() throws SQLException {
        int[] sizes = allocate();
        int roleGrants = 0;
        int written = 0;
        try (PreparedStatement person = connection.prepareStatement("insert into org_person"
                + " (id, name, unit_id, department_id, position_title, office_phone, mobile, work_email, username,"
                + " sort_order, active, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, true, ?, ?)");
             PreparedStatement role = connection.prepareStatement(
                     "insert into org_person_role (person_id, role_name) values (?, ?)")) {
            int pending = 0;
            int pendingRoles = 0;
            for (int u = 0; u < plans.size(); u++) {
                UnitPlan plan = plans.get(u);
                int size = sizes[u];
                for (int i = 0; i < size; i++) {
                    UUID id = UUID.randomUUID();
                    int dept = i < 2 ? -1 : (i - 2) % plan.departments().size();
                    boolean headOfDepartment = i >= 2 && i - 2 < plan.departments().size();
                    String login = String.format("c%sp%06d", cityCode4, ++personSerial);
                    person.setObject(1, id);
                    person.setString(2, ChineseNames.next(random));
                    person.setObject(3, plan.id());
                    person.setObject(4, dept < 0 ? null : plan.departments().get(dept));
                    person.setString(5, position(plan, i, headOfDepartment, dept < 0 ? null : plan.departmentNames().get(dept)));
                    person.setString(6, areaCode + "-" + (2_000_000 + Math.floorMod(personSerial * 7919, 8_000_000)));
                    person.setString(7, mobile());
                    person.setString(8, login + "@bench.xietong.cn");
                    person.setString(9, login);
                    person.setInt(10, i * 10);
                    person.setObject(11, now);
                    person.setObject(12, now);
                    person.addBatch();
                    written++;
                    for (Role r : roles(i, headOfDepartment, size)) {
                        role.setObject(1, id);
                        role.setString(2, r.name());
                        role.addBatch();
                        roleGrants++;
                        pendingRoles++;
                    }
                    if (++pending == BATCH) {
                        person.executeBatch();
                        pending = 0;
                        if (pendingRoles >= BATCH) {
                            role.executeBatch();
                            pendingRoles = 0;
                        }
                    }
                }
            }
            person.executeBatch();
            role.executeBatch();
        }
        return new int[]{written, roleGrants};
    }

    /** Shares the people out over the units by weight, at least five a unit, exactly {@code people} in all. */
    private int[] allocate() {
        double total = plans.stream().mapToDouble(UnitPlan::weight).sum();
        int[] sizes = new int[plans.size()];
        int sum = 0;
        for (int i = 0; i < sizes.length; i++) {
            sizes[i] = Math.max(5, (int) Math.floor(people * plans.get(i).weight() / total));
            sum += sizes[i];
        }
        for (int i = 0; sum < people; i = (i + 1) % sizes.length) {
            sizes[i]++;
            sum++;
        }
        for (int i = 0; sum > people; i = (i + 1) % sizes.length) {
            if (sizes[i] > 5) {
                sizes[i]--;
                sum--;
            }
        }
        return sizes;
    }

    /** Position (职务) of the i-th person of a unit: the head, a deputy, heads of departments, staff. */
    private String position(UnitPlan plan, int i, boolean headOfDepartment, String department) {
        String kind = plan.kind();
        if (i == 0) {
            return switch (kind) {
                case "cityOffice", "countyOffice" -> "主任";
                case "town" -> "镇长";
                case "village" -> "村委会主任";
                default -> "局长";
            };
        }
        if (i == 1) {
            return switch (kind) {
                case "cityOffice", "countyOffice" -> "副主任";
                case "town" -> "副镇长";
                case "village" -> "村委会副主任";
                default -> "副局长";
            };
        }
        if (headOfDepartment) {
            if (kind.equals("village")) {
                return "村文书";
            }
            if (department.endsWith("办公室") || department.equals("信息中心")) {
                return "主任";
            }
            return department.endsWith("股") ? "股长" : "科长";
        }
        if (kind.equals("village")) {
            return "村委会委员";
        }
        String[] staff = {"一级主任科员", "二级主任科员", "四级主任科员", "一级科员", "科员", "科员", "科员"};
        return staff[random.nextInt(staff.length)];
    }

    /**
     * Roles of the i-th person: the head leads, the deputy and heads of departments review, the last
     * two keep the papers (clerk, records officer) and administer (seal, unit); the rest draft.
     */
    private static Set<Role> roles(int i, boolean headOfDepartment, int size) {
        if (i == 0) {
            return EnumSet.of(Role.LEADER);
        }
        if (i == size - 1) {
            return EnumSet.of(Role.SEAL_ADMIN, Role.UNIT_ADMIN);
        }
        if (i == size - 2) {
            return EnumSet.of(Role.CLERK, Role.RECORDS_OFFICER);
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (i == 1) {
            roles.add(Role.REVIEWER);
            if (size > 6) {
                roles.add(Role.LEADER);
            }
        } else if (headOfDepartment) {
            roles.add(Role.REVIEWER);
        }
        if (roles.isEmpty() || i == size - 3) {
            roles.add(Role.DRAFTER); // every unit, however small, has a drafter
        }
        return roles;
    }

    private String mobile() {
        String[] prefixes = {"130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "152", "155",
                "157", "158", "159", "166", "177", "180", "186", "188", "189", "199"};
        return prefixes[random.nextInt(prefixes.length)] + String.format("%08d", random.nextInt(100_000_000));
    }

    private void analyseIfPostgres() throws SQLException {
        if (connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")) {
            try (var s = connection.createStatement()) {
                s.execute("analyze org_region, org_unit, org_department, org_person, org_person_role");
            }
        }
    }
}
