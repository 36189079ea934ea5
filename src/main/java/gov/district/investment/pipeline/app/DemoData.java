package gov.district.investment.pipeline.app;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import gov.district.investment.pipeline.api.AnnualPlanInput;
import gov.district.investment.pipeline.api.BackwardPlanRequest;
import gov.district.investment.pipeline.api.EscalationRequest;
import gov.district.investment.pipeline.api.MilestoneInput;
import gov.district.investment.pipeline.api.MonthlyReportInput;
import gov.district.investment.pipeline.api.ProblemInput;
import gov.district.investment.pipeline.api.ProblemTransitionRequest;
import gov.district.investment.pipeline.api.ProjectInput;
import gov.district.investment.pipeline.api.ProjectLevel;
import gov.district.investment.pipeline.api.ProjectStage;
import gov.district.investment.pipeline.api.TransitionRequest;
import gov.district.investment.pipeline.api.YearTargetInput;
import gov.district.investment.pipeline.domain.MilestoneType;
import gov.district.investment.pipeline.domain.ProblemCategory;
import gov.district.investment.pipeline.domain.ProblemStatus;
import gov.district.investment.pipeline.persistence.ProjectRepository;
import gov.district.investment.platform.audit.SystemActor;
import gov.district.investment.platform.http.IfMatch;
import gov.district.investment.platform.time.BusinessClock;
import gov.district.investment.platform.validation.CreditCodeValidator;
import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.runtime.StartupEvent;

import static gov.district.investment.pipeline.api.ProjectLevel.DISTRICT;
import static gov.district.investment.pipeline.api.ProjectLevel.MUNICIPAL;
import static gov.district.investment.pipeline.api.ProjectLevel.NONE;
import static gov.district.investment.pipeline.api.ProjectLevel.PROVINCIAL;
import static gov.district.investment.pipeline.api.ProjectStage.CANCELLED;
import static gov.district.investment.pipeline.api.ProjectStage.COMPLETED;
import static gov.district.investment.pipeline.api.ProjectStage.CONSTRUCTION;
import static gov.district.investment.pipeline.api.ProjectStage.OPERATING;
import static gov.district.investment.pipeline.api.ProjectStage.PLANNING;
import static gov.district.investment.pipeline.api.ProjectStage.PRELIMINARY;
import static gov.district.investment.pipeline.api.ProjectStage.SUSPENDED;

/**
 * Dev-mode demo data drawn from the 2009 district-mayor speech: about thirty projects in every
 * stage, with histories. It goes through {@link ProjectService} like any client, so reference
 * codes, the stage machine and the audit trail apply; the build profile keeps it out of test and
 * prod builds altogether.
 */
@IfBuildProfile("dev")
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);

    private static final String ACTOR = "system:demo-data";

    /** 秦皇岛市海港区: the region part of credit codes and national project codes. */
    private static final String REGION = "130302";

    /** GB 32100 alphabet (no I, O, S, V, Z); the validator's own copy is package-private. */
    private static final String CREDIT_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    /** Two-digit GB/T 4754 division used in national project codes, by the usual activity of each industry. */
    private static final Map<String, String> DIVISIONS = Map.ofEntries(
            Map.entry("TOURISM", "78"), Map.entry("EQUIPMENT", "34"), Map.entry("SHIPBUILDING", "37"),
            Map.entry("AUTOMOTIVE", "36"), Map.entry("GLASS", "30"), Map.entry("METAL_ROLLING", "32"),
            Map.entry("ELECTRONICS", "39"), Map.entry("SOLAR_PV", "38"), Map.entry("BIOMEDICINE", "27"),
            Map.entry("NEW_ENERGY", "44"), Map.entry("MODERN_LOGISTICS", "59"), Map.entry("TRADE_LOGISTICS", "51"),
            Map.entry("CULTURAL_CREATIVE", "88"), Map.entry("CONVENTION", "72"), Map.entry("PRIVATE_FINANCE", "69"),
            Map.entry("AGRI_INDUSTRY", "13"), Map.entry("COMMERCE", "52"), Map.entry("URBAN_INFRA", "48"),
            Map.entry("SOCIAL", "83"));

    /** What the history says when a step needs no reason. */
    private static final Map<ProjectStage, String> NOTES = new EnumMap<>(Map.of(
            PRELIMINARY, "项目赋码备案，转入前期手续办理",
            CONSTRUCTION, "取得施工许可，主体工程开工",
            COMPLETED, "通过竣工验收",
            OPERATING, "试生产完成，正式投产"));

    private static final String CITY_BUILD = "秦皇岛市海港区住房和城乡建设局";
    private static final String EDUCATION = "秦皇岛市海港区教育和体育局";
    private static final String GARDENS = "秦皇岛市海港区园林管理处";

    /*
     * Transition dates are either a day in an earlier year or a share of this year's elapsed days,
     * so that 续建 (started before this year) and 新开工 (started this year) hold whatever day the
     * seeder runs, and nothing lands in the future.
     */
    private static final List<Demo> PROJECTS = List.of(
            // 在建, pushed to complete (续建)
            project("奥通360万吨钢材配送", "MODERN_LOGISTICS", "LINGANG_LOGISTICS", "WLYGW", "秦皇岛奥通物流有限公司",
                    120000, PROVINCIAL, plan(-2, 4, 36), "年配送钢材360万吨的物流中心，建设钢材仓储库、剪切加工配送中心和铁路专用线",
                    step(PRELIMINARY, yearsAgo(3, 9, 12)), step(CONSTRUCTION, yearsAgo(2, 4, 18))),
            project("义乌小商品城", "TRADE_LOGISTICS", "HEDONG", "ZSJ", "秦皇岛义乌小商品城开发有限公司",
                    150000, MUNICIPAL, plan(-1, 3, 30), "建设小商品批发交易区、仓储配送区和商务配套区，总建筑面积约30万平方米",
                    step(PRELIMINARY, yearsAgo(2, 6, 5)), step(CONSTRUCTION, yearsAgo(1, 3, 20)),
                    step(SUSPENDED, yearsAgo(1, 7, 8), "二期用地征拆受阻，部分地块停工"),
                    step(CONSTRUCTION, yearsAgo(1, 10, 15), "征拆协议全部签订，恢复施工")),
            project("康乐里片区旧改", "URBAN_INFRA", "XIGANGLU", "ZJJ", "秦皇岛康乐里置业有限公司",
                    68000, MUNICIPAL, plan(-2, 9, 42), "康乐里片区棚户区改造，涉及居民约1200户，建设回迁安置住宅和社区服务设施",
                    step(PRELIMINARY, yearsAgo(3, 5, 20)), step(CONSTRUCTION, yearsAgo(2, 9, 1))),
            project("森林逸城学校", "SOCIAL", "BAITALING", "ZJJ", EDUCATION,
                    8200, DISTRICT, plan(-1, 4, 24), "九年一贯制学校，设48个教学班，配建400米标准运动场",
                    step(PRELIMINARY, yearsAgo(2, 4, 15)), step(CONSTRUCTION, yearsAgo(1, 4, 8))),
            project("年产600万只铝合金汽车轮毂扩能", "AUTOMOTIVE", "NORTH_INDUSTRIAL", "BGQGW", "秦皇岛北方汽车零部件有限公司",
                    58000, PROVINCIAL, plan(-1, 5, 30), "新增低压铸造和旋压生产线，达产后年产铝合金汽车轮毂600万只",
                    step(PRELIMINARY, yearsAgo(2, 8, 8)), step(CONSTRUCTION, yearsAgo(1, 5, 12))),

            // 在建, started this year (新开工)
            project("西部四村旧村改造", "URBAN_INFRA", "XIGANG_TOWN", "ZJJ", "秦皇岛西港置业有限公司",
                    95000, DISTRICT, plan(0, 3, 36), "西部四个村整体改造，建设村民回迁楼及配套学校、幼儿园",
                    step(PRELIMINARY, yearsAgo(1, 6, 18)), step(CONSTRUCTION, thisYear(0.35))),
            project("海阳小学", "SOCIAL", "HAIYANG", "ZJJ", EDUCATION,
                    6500, DISTRICT, plan(0, 3, 18), "新建36个教学班的完全小学，含教学楼、综合楼和风雨操场",
                    step(PRELIMINARY, yearsAgo(1, 8, 12)), step(CONSTRUCTION, thisYear(0.25))),
            project("和美学校", "SOCIAL", "HEDONG", "ZJJ", EDUCATION,
                    5400, NONE, plan(0, 4, 18), "和美学校改扩建，新建教学综合楼一栋，改造原有校舍",
                    step(PRELIMINARY, yearsAgo(2, 5, 10)),
                    step(SUSPENDED, yearsAgo(1, 2, 20), "财政配套资金未到位"),
                    step(PRELIMINARY, yearsAgo(1, 9, 1), "资金已纳入年度预算，恢复前期工作"),
                    step(CONSTRUCTION, thisYear(0.45))),
            project("船用曲轴及海洋工程配套件", "SHIPBUILDING", "EAST_CIRCULAR", "XHYGW", "秦皇岛港城船舶配套有限公司",
                    42000, MUNICIPAL, plan(0, 5, 24), "年产大型船用曲轴300支及海洋工程钢结构件3万吨",
                    step(PRELIMINARY, yearsAgo(1, 5, 28)), step(CONSTRUCTION, thisYear(0.5))),

            // 竣工: the speech's completed projects, some already in operation (投产达效)
            project("红星美凯龙", "COMMERCE", "BEIHUANLU", "ZSJ", "秦皇岛红星美凯龙世博家居广场有限公司",
                    80000, MUNICIPAL, plan(-3, 3, 30), "大型家居建材商场，营业面积约12万平方米，含物流配送中心",
                    step(PRELIMINARY, yearsAgo(4, 5, 10)), step(CONSTRUCTION, yearsAgo(3, 3, 28)),
                    step(COMPLETED, yearsAgo(1, 10, 30)), step(OPERATING, thisYear(0.15))),
            project("奥晶玻璃", "GLASS", "EAST_CIRCULAR", "XHYGW", "秦皇岛奥晶玻璃有限公司",
                    45000, MUNICIPAL, plan(-2, 5, 18), "建设日熔化量600吨优质浮法玻璃生产线及玻璃深加工车间",
                    step(PRELIMINARY, yearsAgo(3, 4, 2)), step(CONSTRUCTION, yearsAgo(2, 5, 16)),
                    step(COMPLETED, yearsAgo(1, 11, 20)), step(OPERATING, thisYear(0.3))),
            project("东光机械", "EQUIPMENT", "NORTH_INDUSTRIAL", "BGQGW", "秦皇岛东光机械有限公司",
                    18000, DISTRICT, plan(-2, 3, 15), "港口装卸机械及配件制造，新建联合厂房和数控加工生产线",
                    step(PRELIMINARY, yearsAgo(3, 8, 6)), step(CONSTRUCTION, yearsAgo(2, 3, 25)),
                    step(COMPLETED, yearsAgo(1, 6, 28)), step(OPERATING, yearsAgo(1, 9, 10))),
            project("永嘉物资", "TRADE_LOGISTICS", "LINGANG_LOGISTICS", "WLYGW", "秦皇岛永嘉物资有限公司",
                    22000, DISTRICT, plan(-2, 6, 20), "大宗物资仓储交易中心，含露天堆场、封闭库房和交易大厅",
                    step(PRELIMINARY, yearsAgo(2, 3, 15)), step(CONSTRUCTION, yearsAgo(2, 6, 1)),
                    step(COMPLETED, thisYear(0.4))),
            project("鸿瑞科技", "ELECTRONICS", "NORTH_INDUSTRIAL", "BGQGW", "秦皇岛鸿瑞科技有限公司",
                    15000, DISTRICT, plan(-1, 3, 16), "年产500万片电子线路板生产线及研发中心",
                    step(PRELIMINARY, yearsAgo(2, 4, 20)), step(CONSTRUCTION, yearsAgo(1, 3, 12)),
                    step(COMPLETED, thisYear(0.55))),

            // 竣工 public works and services named in the speech
            project("秦皇植物园二期", "TOURISM", "HAIYANG", "LYJ", GARDENS,
                    26000, MUNICIPAL, plan(-2, 3, 18), "植物园二期扩建，新建专类植物园、温室展览馆和游客服务中心",
                    step(PRELIMINARY, yearsAgo(3, 10, 9)), step(CONSTRUCTION, yearsAgo(2, 3, 18)),
                    step(COMPLETED, yearsAgo(1, 6, 28))),
            project("民族路北延伸", "URBAN_INFRA", "JIANSHEDAJIE", "ZJJ", CITY_BUILD,
                    9800, DISTRICT, plan(-1, 3, 4), "民族路向北延伸1.8公里，按城市主干路标准建设，同步敷设雨污水管网和路灯",
                    step(PRELIMINARY, yearsAgo(2, 11, 3)), step(CONSTRUCTION, yearsAgo(1, 3, 15)),
                    step(COMPLETED, yearsAgo(1, 6, 30))),
            project("北港大街东延伸", "URBAN_INFRA", "DONGHUANLU", "ZJJ", CITY_BUILD,
                    14500, DISTRICT, plan(-1, 3, 5), "北港大街向东延伸2.6公里，含中桥一座及配套管线",
                    step(PRELIMINARY, yearsAgo(2, 10, 20)), step(CONSTRUCTION, yearsAgo(1, 3, 22)),
                    step(COMPLETED, yearsAgo(1, 7, 15))),
            project("全民健身中心", "SOCIAL", "WENHUALU", "ZJJ", EDUCATION,
                    12000, DISTRICT, plan(-3, 4, 16), "建设综合训练馆、游泳馆和室外健身场地，低收费向市民开放",
                    step(PRELIMINARY, yearsAgo(4, 2, 20)), step(CONSTRUCTION, yearsAgo(3, 4, 10)),
                    step(COMPLETED, yearsAgo(2, 8, 30)), step(OPERATING, yearsAgo(2, 10, 1))),
            project("早餐工程配送中心", "AGRI_INDUSTRY", "DONGGANG", "DGZ", "秦皇岛海港放心早餐配送有限公司",
                    3200, NONE, plan(-2, 5, 12), "“早餐工程”中央厨房及配送中心，建设主食加工流水线和冷链配送车队",
                    step(PRELIMINARY, yearsAgo(2, 3, 8)), step(CONSTRUCTION, yearsAgo(2, 5, 6)),
                    step(COMPLETED, yearsAgo(1, 4, 25)), step(OPERATING, yearsAgo(1, 5, 20))),
            project("200兆瓦太阳能光伏组件", "SOLAR_PV", "NORTH_INDUSTRIAL", "BGQGW", "秦皇岛海阳光伏科技有限公司",
                    36000, MUNICIPAL, plan(-2, 3, 18), "年产200兆瓦高效单晶硅太阳能电池组件生产线",
                    step(PRELIMINARY, yearsAgo(3, 6, 12)), step(CONSTRUCTION, yearsAgo(2, 2, 26)),
                    step(COMPLETED, yearsAgo(1, 8, 15)), step(OPERATING, yearsAgo(1, 11, 8))),

            // 前期
            project("生物医药产业园一期", "BIOMEDICINE", "LUTOUSHAN", "ZSJ", "秦皇岛海滨生物医药有限公司",
                    65000, MUNICIPAL, plan(1, 3, 30), "建设生物制药GMP车间、研发中试基地和公共检测平台",
                    step(PRELIMINARY, yearsAgo(1, 11, 6))),
            project("临港冷链物流中心", "MODERN_LOGISTICS", "LINGANG_LOGISTICS", "WLYGW", "秦皇岛临港冷链物流有限公司",
                    28000, DISTRICT, plan(0, 9, 24), "建设10万吨级冷库及冷链分拨中心，服务港口进口肉类和水产品",
                    step(PRELIMINARY, thisYear(0.3))),
            project("港城国际会展中心", "CONVENTION", "HAIBINLU", "FGJ", "秦皇岛港城会展投资有限公司",
                    180000, PROVINCIAL, plan(1, 4, 36), "建设展览面积5万平方米的会展中心及配套会议酒店",
                    step(PRELIMINARY, yearsAgo(1, 7, 22))),
            project("电子信息产业孵化基地", "ELECTRONICS", "BEIHUANLU", "GCJ", "秦皇岛数港电子科技有限公司",
                    12000, NONE, plan(1, 3, 18), "改造闲置厂房建设电子信息企业孵化器，提供研发办公和中试车间",
                    step(PRELIMINARY, thisYear(0.6))),

            // 谋划: no steps yet; owners not yet chosen for the two largest
            project("圆明山山野森林公园", "TOURISM", "HAIGANG_TOWN", "LYJ", null,
                    300000, PROVINCIAL, plan(2, 4, 60), "依托圆明山自然山体建设山野森林公园，修建性规划编制中"),
            project("开滦路历史街区改造", "CULTURAL_CREATIVE", "WENHUALU", "GHJ", null,
                    85000, MUNICIPAL, plan(1, 5, 36), "保护开滦路近代历史建筑，引入文化创意、特色餐饮和旅游服务业态"),
            project("西环路带状公园", "URBAN_INFRA", "XIGANGLU", "ZJJ", GARDENS,
                    4800, DISTRICT, plan(1, 3, 10), "沿西环路建设带状公园绿地约12公顷，含慢行步道和游园节点"),
            project("东港风光互补新能源示范", "NEW_ENERGY", "DONGGANG", "DGZ", "秦皇岛东港新能源有限公司",
                    32000, NONE, plan(1, 6, 18), "利用滩涂建设分散式风电和光伏发电示范项目，装机容量5万千瓦"),

            // 停缓建, still suspended
            project("高精度铝板带压延", "METAL_ROLLING", "EAST_CIRCULAR", "XHYGW", "秦皇岛金港铝业有限公司",
                    76000, MUNICIPAL, plan(-1, 4, 24), "年产10万吨高精度铝板带箔冷轧生产线",
                    step(PRELIMINARY, yearsAgo(2, 9, 14)), step(CONSTRUCTION, yearsAgo(1, 4, 26)),
                    step(SUSPENDED, thisYear(0.4), "企业融资受阻，建设资金未到位，主体工程停工")),
            project("鹿头山生态旅游度假区", "TOURISM", "LUTOUSHAN", "LYJ", "秦皇岛鹿头山旅游开发有限公司",
                    110000, MUNICIPAL, plan(0, 5, 36), "建设山地观光、休闲度假和农业采摘为一体的生态旅游度假区",
                    step(PRELIMINARY, yearsAgo(1, 4, 16)),
                    step(SUSPENDED, yearsAgo(1, 10, 30), "用地涉及村民宅基地，征拆受阻")),

            // 终止
            project("年产3000吨多晶硅及切片", "SOLAR_PV", "NORTH_INDUSTRIAL", "BGQGW", "秦皇岛晶海新能源有限公司",
                    88000, NONE, plan(-1, 3, 24), "年产3000吨多晶硅及配套切片生产线",
                    step(PRELIMINARY, yearsAgo(2, 3, 3)),
                    step(CANCELLED, yearsAgo(1, 8, 19), "多晶硅产能过剩，投资方决定不再实施")),
            project("东港汽车商贸园", "AUTOMOTIVE", "DONGGANG", "DGZ", "秦皇岛东港汽车商贸有限公司",
                    25000, NONE, plan(-1, 4, 18), "集汽车展示销售、维修保养和二手车交易于一体的汽车商贸园",
                    step(PRELIMINARY, yearsAgo(2, 7, 7)),
                    step(SUSPENDED, yearsAgo(1, 3, 11), "资金未到位"),
                    step(CANCELLED, thisYear(0.2), "投资方资金链断裂，项目终止，用地收回重新招商")));

    private final ProjectService service;
    private final ProjectTransitions transitions;
    private final ProjectRepository projects;
    private final BusinessClock clock;
    private final AnnualPlanService plans;
    private final MonthlyReportService reports;
    private final YearTargetService targets;
    private final MilestoneService milestones;
    private final ProblemService problems;
    private final ProblemEscalations escalations;

    /** This year's plan as a share of the total investment. */
    private static final BigDecimal PLAN_SHARE = new BigDecimal("0.3");
    /** Monthly pace against the plan, so that the indicators show projects ahead, on track and behind. */
    private static final BigDecimal[] PACE = { new BigDecimal("1.10"), new BigDecimal("0.95"), new BigDecimal("0.70"),
            new BigDecimal("1.00"), new BigDecimal("0.85") };

    public DemoData(ProjectService service, ProjectTransitions transitions, ProjectRepository projects, BusinessClock clock,
            AnnualPlanService plans,
            MonthlyReportService reports, YearTargetService targets, MilestoneService milestones,
            ProblemService problems, ProblemEscalations escalations) {
        this.service = service;
        this.transitions = transitions;
        this.projects = projects;
        this.clock = clock;
        this.plans = plans;
        this.reports = reports;
        this.targets = targets;
        this.milestones = milestones;
        this.problems = problems;
        this.escalations = escalations;
    }

    void onStart(@Observes StartupEvent ev) {
        seed();
    }

    /**
     * The services inject the request-scoped Caller, and startup has no request: this method opens
     * one (public so the interceptor applies). The caller is anonymous; SystemActor names the work.
     */
    @ActivateRequestContext
    public void seed() {
        if (projects.count() > 0) {
            return; // a dev-mode restart over a database that is already seeded
        }
        LocalDate today = clock.today();
        Map<ProjectStage, Integer> perStage = new EnumMap<>(ProjectStage.class);
        Map<String, Long> ids = new HashMap<>();
        SystemActor.runAs(ACTOR, () -> {
            for (int i = 0; i < PROJECTS.size(); i++) {
                Seeded seeded = create(PROJECTS.get(i), i, today);
                ids.put(PROJECTS.get(i).name(), seeded.id());
                perStage.merge(seeded.stage(), 1, Integer::sum);
                if (seeded.stage() == CONSTRUCTION) {
                    planAndReport(seeded.id(), PROJECTS.get(i), i, today);
                }
            }
            targets.put(today.getYear(), new YearTargetInput(40, 25, 15, BigDecimal.valueOf(1_500_000),
                    BigDecimal.valueOf(800_000)), IfMatch.none());
            scheduleAndProblems(ids, today);
        });
        LOG.infof("Demo data: created %d projects %s, with this year's plans, reports, targets, milestones and problems",
                PROJECTS.size(), perStage);
    }

    private record Seeded(long id, ProjectStage stage) {
    }

    /**
     * 倒排进度 and 协调解决: milestones done, due and overdue, one schedule planned backward from the
     * goal, and problems in every status, one already escalated to its district leader. Deadlines
     * lie ahead (a problem cannot be raised overdue); the escalation job raises them as they pass.
     */
    private void scheduleAndProblems(Map<String, Long> ids, LocalDate today) {
        long aotong = id(ids, "奥通360万吨钢材配送");
        milestones.create(aotong, new MilestoneInput("取得施工许可证", MilestoneType.CONSTRUCTION_PERMIT,
                LocalDate.of(today.getYear() - 2, 3, 31), LocalDate.of(today.getYear() - 2, 3, 28), "ZJJ", null));
        milestones.create(aotong, new MilestoneInput("主体工程开工", MilestoneType.START,
                LocalDate.of(today.getYear() - 2, 4, 30), LocalDate.of(today.getYear() - 2, 4, 18), null, null));
        milestones.planBackward(aotong, new BackwardPlanRequest(today.plusDays(240), List.of(
                new BackwardPlanRequest.Step("钢材仓储库主体封顶", MilestoneType.TOPPING_OUT, 30),
                new BackwardPlanRequest.Step("铁路专用线接轨", MilestoneType.OTHER, 90),
                new BackwardPlanRequest.Step("竣工验收", MilestoneType.COMPLETION, 60),
                new BackwardPlanRequest.Step("投产运营", MilestoneType.OPERATION, 50))));

        long xibu = id(ids, "西部四村旧村改造");
        milestones.create(xibu, new MilestoneInput("回迁楼主体封顶", MilestoneType.TOPPING_OUT, today.minusDays(10), null,
                "ZJJ", "受冬季施工影响，进度滞后"));
        milestones.create(xibu, new MilestoneInput("配套学校竣工", MilestoneType.COMPLETION, today.plusDays(120), null,
                "ZJJ", null));

        long yiwu = id(ids, "义乌小商品城");
        long demolition = problems.create(yiwu, new ProblemInput("二期用地征拆协议未签订",
                "涉及12户居民，补偿标准未达成一致，影响二期桩基施工", ProblemCategory.DEMOLITION, "DGZ",
                today.plusDays(10))).id();
        escalations.escalate(demolition, new EscalationRequest("涉及跨部门协调，责任单位无法独立解决"), IfMatch.none());

        problems.create(id(ids, "船用曲轴及海洋工程配套件"), new ProblemInput("园区供电线路增容",
                "新增生产线用电负荷约8000千伏安，现有线路容量不足", ProblemCategory.UTILITIES, "XHYGW", today.plusDays(5)));

        long funding = problems.create(id(ids, "和美学校"), new ProblemInput("财政配套资金拨付进度慢",
                null, ProblemCategory.FUNDING, "CZJ", today.plusDays(15))).id();
        problems.transition(funding, new ProblemTransitionRequest(ProblemStatus.IN_PROGRESS, "财政局已列入拨付计划", null),
                IfMatch.none());

        long review = problems.create(id(ids, "海阳小学"), new ProblemInput("施工图审查意见未答复",
                null, ProblemCategory.APPROVAL, "ZJJ", today.plusDays(7))).id();
        problems.transition(review, new ProblemTransitionRequest(ProblemStatus.IN_PROGRESS, null, null), IfMatch.none());
        problems.transition(review, new ProblemTransitionRequest(ProblemStatus.RESOLVED, null,
                "设计单位已按审查意见修改，取得审查合格书"), IfMatch.none());
    }

    private static long id(Map<String, Long> ids, String name) {
        Long id = ids.get(name);
        if (id == null) {
            throw new IllegalStateException("Demo project " + name + " is not in the demo list");
        }
        return id;
    }

    /**
     * Projects under construction get this year's plan (30 % of the total) and a report for every
     * month that has ended, a little ahead of or behind 均衡进度 depending on the project.
     */
    private void planAndReport(long id, Demo demo, int index, LocalDate today) {
        BigDecimal planned = BigDecimal.valueOf(demo.amount()).multiply(PLAN_SHARE).setScale(0, RoundingMode.HALF_UP);
        plans.put(id, today.getYear(), new AnnualPlanInput(planned, "完成年度投资计划，推进主体工程建设",
                demo.level() != NONE), IfMatch.none());
        BigDecimal monthly = planned.divide(BigDecimal.valueOf(12), 2, RoundingMode.HALF_UP)
                .multiply(PACE[index % PACE.length]).setScale(2, RoundingMode.HALF_UP);
        for (int month = 1; month < today.getMonthValue(); month++) {
            reports.put(id, YearMonth.of(today.getYear(), month), new MonthlyReportInput(monthly,
                    "按计划推进施工", null, "系统上线前的月报，补录"));
        }
    }

    /**
     * One service call per step, each its own transaction, so the audit trail keeps a revision per
     * step (one transaction would collapse them into one).
     *
     * @return the project and the stage it ends in
     */
    private Seeded create(Demo demo, int index, LocalDate today) {
        try {
            long id = service.create(input(demo, index, today)).id();
            ProjectStage stage = PLANNING;
            for (Step step : demo.steps()) {
                transitions.transition(id, new TransitionRequest(step.to(), step.when().on(today), step.reason()),
                        IfMatch.none());
                stage = step.to();
            }
            return new Seeded(id, stage);
        } catch (RuntimeException e) {
            throw new IllegalStateException("Demo project " + demo.name() + " could not be seeded", e);
        }
    }

    private static ProjectInput input(Demo demo, int index, LocalDate today) {
        // 入统 once building has started: the statistics bureau registers projects at 开工
        boolean started = demo.steps().stream().anyMatch(step -> step.to() == CONSTRUCTION);
        return new ProjectInput(demo.name(), demo.description(), demo.industry(), demo.area(), demo.unit(),
                demo.owner(), creditCode(demo.owner()), nationalCode(demo, index, today), started,
                BigDecimal.valueOf(demo.amount()), demo.level(), demo.plan().start(today), demo.plan().completion(today));
    }

    /** A made-up but valid 统一社会信用代码 for a company; the same name always gets the same code. */
    private static String creditCode(String owner) {
        if (owner == null || !owner.endsWith("有限公司")) {
            return null; // public bodies hold 11-prefixed organ codes, not the 91 of companies
        }
        Random random = new Random(owner.hashCode());
        StringBuilder first17 = new StringBuilder("91").append(REGION);
        for (int i = 0; i < 9; i++) {
            first17.append(CREDIT_ALPHABET.charAt(random.nextInt(CREDIT_ALPHABET.length())));
        }
        return CreditCodeValidator.withCheckDigit(first17.toString());
    }

    /**
     * 项目代码 as the national platform assigns it when the project enters 前期, so projects still in
     * 谋划 have none: year-region-industry-type-serial, type 01 审批 for public bodies, 03 备案 for companies.
     */
    private static String nationalCode(Demo demo, int index, LocalDate today) {
        return demo.steps().stream()
                .filter(step -> step.to() == PRELIMINARY)
                .findFirst()
                .map(step -> String.format("%d-%s-%s-%s-%06d", step.when().on(today).getYear(), REGION,
                        DIVISIONS.get(demo.industry()), creditCode(demo.owner()) == null ? "01" : "03", 300 + index))
                .orElse(null);
    }

    private static Demo project(String name, String industry, String area, String unit, String owner, int amount,
            ProjectLevel level, Plan plan, String description, Step... steps) {
        return new Demo(name, industry, area, unit, owner, amount, level, plan, description, List.of(steps));
    }

    private static Plan plan(int startYearOffset, int startMonth, int months) {
        return new Plan(startYearOffset, startMonth, months);
    }

    private static Step step(ProjectStage to, When when) {
        return new Step(to, when, NOTES.get(to));
    }

    private static Step step(ProjectStage to, When when, String reason) {
        return new Step(to, when, reason);
    }

    private static When yearsAgo(int years, int month, int day) {
        return new When(years, month, day, 0);
    }

    private static When thisYear(double shareOfElapsedDays) {
        return new When(0, 1, 1, shareOfElapsedDays);
    }

    /** One demo project: its writable fields in short and the steps it has gone through. */
    private record Demo(String name, String industry, String area, String unit, String owner, int amount,
            ProjectLevel level, Plan plan, String description, List<Step> steps) {
    }

    private record Step(ProjectStage to, When when, String reason) {
    }

    /** Planned start on the first of a month, {@code startYearOffset} years from now; completion {@code months} later. */
    private record Plan(int startYearOffset, int startMonth, int months) {

        LocalDate start(LocalDate today) {
            return LocalDate.of(today.getYear() + startYearOffset, startMonth, 1);
        }

        LocalDate completion(LocalDate today) {
            return start(today).plusMonths(months).minusDays(1);
        }
    }

    /** A fixed day {@code yearsBack} years ago, or (yearsBack 0) a share of the days elapsed this year. */
    private record When(int yearsBack, int month, int day, double shareOfThisYear) {

        LocalDate on(LocalDate today) {
            if (yearsBack > 0) {
                return LocalDate.of(today.getYear() - yearsBack, month, day);
            }
            LocalDate newYear = today.withDayOfYear(1);
            return newYear.plusDays(Math.round(shareOfThisYear * (today.getDayOfYear() - 1)));
        }
    }
}
