package cn.xietong.document.layout;

import java.time.LocalDate;
import java.util.List;

/** Test documents that read like real ones. */
final class Documents {

    private Documents() {
    }

    /** A city government office's 通知 whose body runs over three pages, with attachments, notes and an imprint. */
    static OfficialDocument.Builder aNotice() {
        return OfficialDocument.builder(DocumentFormat.ORDINARY)
                .copyNumber(12)
                .urgency(Urgency.URGENT)
                .issuingOrganMark("某市人民政府办公室文件")
                .documentNumber("某府办〔2026〕12号")
                .title("某市人民政府办公室关于做好2026年冬季安全生产工作的通知")
                .mainAddressees("各区人民政府，市政府各部门，各直属机构")
                .body(NOTICE_BODY)
                .attachments("2026年冬季安全生产重点检查事项清单", "各区安全生产工作联系人名单")
                .signingOrgan("某市人民政府办公室")
                .date(LocalDate.of(2026, 11, 23))
                .notes("此件公开发布")
                .copiedAddressees("市委办公室", "市人大常委会办公室", "市政协办公室", "市监委", "市法院",
                        "市检察院", "某军分区")
                .printing("某市人民政府办公室", LocalDate.of(2026, 11, 24));
    }

    /** An upward 请示 with two signers. */
    static OfficialDocument.Builder aRequest() {
        return OfficialDocument.builder(DocumentFormat.UPWARD)
                .issuingOrganMark("某市人民政府文件")
                .documentNumber("某府〔2026〕35号")
                .signers("王建国", "李晓明")
                .title("某市人民政府关于申请安排2026年城乡供水保障资金的请示")
                .mainAddressees("省人民政府")
                .body("今年以来，我市遭遇持续干旱，部分乡镇供水设施老化问题突出，群众饮水安全面临较大压力。"
                        + "为确保城乡居民冬春季节用水安全，经市政府常务会议研究，拟实施农村供水管网改造工程，"
                        + "总投资约1.2亿元，市、县两级已落实配套资金6000万元。",
                        "恳请省人民政府在2026年省级水利发展资金中安排我市补助资金6000万元。",
                        "妥否，请批示。")
                .signingOrgan("某市人民政府")
                .date(LocalDate.of(2026, 11, 20))
                .printing("某市人民政府办公室", LocalDate.of(2026, 11, 20));
    }

    /** A 函 in the letter format. */
    static OfficialDocument.Builder aLetter() {
        return OfficialDocument.builder(DocumentFormat.LETTER)
                .issuingOrganMark("某市人民政府办公室")
                .documentNumber("某府办函〔2026〕88号")
                .title("某市人民政府办公室关于商请支持开展政务数据共享试点的函")
                .mainAddressees("某省大数据管理局")
                .body("为贯彻落实一网协同工作部署，我市拟开展非涉密电子公文与政务数据共享试点。"
                        + "现商请贵局在数据目录编制、接口对接等方面给予支持，并指定联系人参与试点方案论证。",
                        "盼复。")
                .signingOrgan("某市人民政府办公室")
                .date(LocalDate.of(2026, 11, 23))
                .copiedAddressees("某市大数据中心");
    }

    static final List<String> NOTICE_BODY = List.of(
            "为深入贯彻落实安全生产工作部署，切实做好今冬明春安全生产工作，有效防范和坚决遏制重特大事故发生，"
                    + "确保全市安全生产形势持续稳定，经市人民政府同意，现就有关事项通知如下。",
            "一、提高政治站位，压紧压实安全生产责任",
            "（一）落实属地管理责任。各区人民政府要切实担负起本行政区域安全生产的领导责任，主要负责同志要亲自研究部署，"
                    + "分管负责同志要深入一线检查指导，对重点地区、重点行业和重点企业实行包保责任制，"
                    + "确保责任链条无缝对接、工作措施落地见效。",
            "（二）落实部门监管责任。市政府各有关部门要按照管行业必须管安全、管业务必须管安全、管生产经营必须管安全的要求，"
                    + "健全完善本行业领域安全监管制度，加强对下级部门的指导和督促，形成齐抓共管的工作格局。",
            "（三）落实企业主体责任。督促生产经营单位主要负责人全面履行第一责任人职责，建立健全全员安全生产责任制，"
                    + "加大安全投入，完善安全设施，加强从业人员安全教育培训，切实做到安全责任、管理、投入、培训和应急救援五到位。",
            "二、聚焦重点领域，深入开展隐患排查整治",
            "（一）道路交通安全。公安、交通运输等部门要加强雨雪冰冻天气条件下的道路交通管控，"
                    + "严厉打击超速超载、疲劳驾驶、酒后驾驶等违法行为，加强对客运车辆、危险货物运输车辆和校车的动态监管。",
            "（二）消防安全。消防救援机构要聚焦人员密集场所、高层建筑、大型商业综合体、老旧小区和电动自行车集中充电场所，"
                    + "开展冬季火灾防控专项行动，全面排查整治消防通道堵塞、消防设施损坏等突出问题。",
            "（三）危险化学品和燃气安全。应急管理、住房城乡建设等部门要组织开展危险化学品企业和城镇燃气安全专项检查，"
                    + "重点检查重大危险源监测预警、燃气管道老化更新和餐饮场所燃气使用情况，发现隐患立即督促整改。",
            "（四）建设施工安全。住房城乡建设、水务等部门要加强对在建工程冬季施工的安全监管，"
                    + "严防高处坠落、坍塌、起重伤害等事故，对岁末年初抢工期、赶进度的项目要重点盯防。",
            "三、强化应急准备，全面提升应急处置能力",
            "各区、各部门要修订完善冬季自然灾害和安全生产事故应急预案，加强应急救援队伍建设和应急物资储备，"
                    + "组织开展针对性应急演练。要严格执行领导干部带班和关键岗位二十四小时值班制度，"
                    + "遇有突发事件须第一时间报告，不得迟报、漏报、谎报、瞒报。",
            "四、加强督导检查，确保各项措施落到实处",
            "市安全生产委员会办公室要会同有关部门组成督导组，于2026年12月至2027年2月对各区、各部门工作开展情况进行督导检查，"
                    + "对工作不力、隐患整改不到位的单位予以通报批评；对因失职渎职导致事故发生的，依法依规严肃追究责任。",
            "各区、各部门要于2026年12月10日前将本地区、本部门工作部署情况报送市安全生产委员会办公室，"
                    + "2027年3月5日前报送工作总结。");
}
