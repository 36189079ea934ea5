package gov.district.investment.leads.app;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

import org.jboss.logging.Logger;

import gov.district.investment.leads.api.ConversionRequest;
import gov.district.investment.leads.api.ConversionStage;
import gov.district.investment.leads.api.FollowUpInput;
import gov.district.investment.leads.api.InvestorInput;
import gov.district.investment.leads.api.LeadInput;
import gov.district.investment.leads.api.LeadTransitionRequest;
import gov.district.investment.leads.domain.ChainRole;
import gov.district.investment.leads.domain.Contact;
import gov.district.investment.leads.domain.FollowUpKind;
import gov.district.investment.leads.domain.InvestorType;
import gov.district.investment.leads.domain.LeadChannel;
import gov.district.investment.leads.domain.LeadStage;
import gov.district.investment.leads.persistence.InvestorRepository;
import gov.district.investment.pipeline.api.ProjectLevel;
import gov.district.investment.platform.audit.SystemActor;
import gov.district.investment.platform.http.IfMatch;
import gov.district.investment.platform.time.BusinessClock;
import gov.district.investment.platform.validation.CreditCodeValidator;
import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.runtime.StartupEvent;

/**
 * Dev-mode demo data of the lead pool, after the pipeline's and the leaders' (a later startup
 * observer): investors from the speech's 以商招商 and 以企引企 (义乌小商品城, 红星美凯龙, 永嘉物资,
 * 鸿瑞科技) and a few from outside, and leads in every stage: one stale, one dropped, a confirmed
 * 撞单, and one signed lead converted into a project. Goes through the services like any client.
 */
@IfBuildProfile("dev")
@ApplicationScoped
public class LeadDemoData {

    private static final Logger LOG = Logger.getLogger(LeadDemoData.class);
    private static final String ACTOR = "system:demo-data";

    private final InvestorService investors;
    private final InvestorRepository investorRepository;
    private final LeadService leads;
    private final LeadTransitions transitions;
    private final LeadFollowUps followUps;
    private final LeadConversion conversion;
    private final BusinessClock clock;

    public LeadDemoData(InvestorService investors, InvestorRepository investorRepository, LeadService leads,
            LeadTransitions transitions, LeadFollowUps followUps, LeadConversion conversion, BusinessClock clock) {
        this.investors = investors;
        this.investorRepository = investorRepository;
        this.leads = leads;
        this.transitions = transitions;
        this.followUps = followUps;
        this.conversion = conversion;
        this.clock = clock;
    }

    /** After LeaderDemoData (APPLICATION + 600). */
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 700) StartupEvent ev) {
        seed();
    }

    @ActivateRequestContext
    public void seed() {
        if (investorRepository.count() > 0) {
            return; // a dev-mode restart over a database that is already seeded
        }
        LocalDate today = clock.today();
        SystemActor.runAs(ACTOR, () -> {
            long yiwu = investor("浙江中国小商品城集团股份有限公司", "913307007042000001", "浙江省义乌市", InvestorType.PRIVATE, false,
                    "TRADE_LOGISTICS", new Contact("陈志强", "投资发展部总监", "13905790001", null));
            long redStar = investor("红星美凯龙家居集团股份有限公司", "913100006072000002", "上海市", InvestorType.PRIVATE, false,
                    "COMMERCE", new Contact("周建华", "北方区域拓展经理", "13801880002", "zhoujh@example.com"));
            long cosco = investor("中国远洋海运集团有限公司", "911100007178000003", "上海市", InvestorType.STATE_OWNED, true,
                    "SHIPBUILDING", new Contact("孙海波", "战略发展部副总经理", "13601880003", null));
            long solar = investor("德国索恩光伏技术有限公司", null, "德国", InvestorType.FOREIGN, false, "SOLAR_PV",
                    new Contact("Markus Keller", "亚太区投资总监", "+49 89 1234 5678", "m.keller@example.de"));
            long hongrui = investor("深圳鸿瑞科技股份有限公司", "914403001922000004", "广东省深圳市", InvestorType.PRIVATE, false,
                    "ELECTRONICS", new Contact("林晓东", "董事会秘书", "13902550004", null));
            long yongjia = investor("温州永嘉物资集团有限公司", "913303241455000005", "浙江省温州市", InvestorType.PRIVATE, false,
                    "METAL_ROLLING", new Contact("潘国强", "总经理", "13706770005", null));
            long hk = investor("香港嘉汇文化投资有限公司", null, "中国香港", InvestorType.HMT, false, "CULTURAL_CREATIVE",
                    new Contact("何嘉明", "执行董事", "+852 9123 4567", null));

            // 以商招商: 义乌小商品城 brings its northern market, in negotiation
            long market = lead("义乌小商品城北方分市场二期", yiwu, LeadChannel.BUSINESS_REFERRAL, "TRADE_LOGISTICS",
                    ChainRole.CHAIN_FILLING, "150000", null, "320", "LINGANG_LOGISTICS", "ZSJ", "刘海涛",
                    today.plusDays(8), "义乌商会引荐，拟建北方小商品集散中心", false);
            move(market, LeadStage.CONTACTED, today.minusDays(50));
            followUp(market, today.minusDays(50), FollowUpKind.VISIT, "赴义乌拜访集团投资部，介绍临港物流园区位和政策", "邀请来区考察", null);
            move(market, LeadStage.NEGOTIATING, today.minusDays(20));
            followUp(market, today.minusDays(12), FollowUpKind.INSPECTION, "集团考察团实地考察临港物流园地块", "草拟投资协议",
                    today.plusDays(8));

            // 以企引企: 红星美凯龙's second site, signed and converted into a project in 前期
            long home = lead("红星美凯龙家居体验中心", redStar, LeadChannel.ENTERPRISE_REFERRAL, "COMMERCE", ChainRole.CORE,
                    "80000", null, "95", "BEIHUANLU", "ZSJ", "赵磊", null, "由红星美凯龙世博家居广场引荐的二期业态", false);
            move(home, LeadStage.CONTACTED, today.minusDays(120));
            move(home, LeadStage.NEGOTIATING, today.minusDays(90));
            followUp(home, today.minusDays(60), FollowUpKind.SIGNING, "双方签订投资合作协议", "办理项目前期手续", null);
            transitions.transition(home, new LeadTransitionRequest(LeadStage.SIGNED, today.minusDays(60), null,
                    today.minusDays(60), new BigDecimal("78000")), IfMatch.none());
            conversion.convert(home, new ConversionRequest(null, ConversionStage.PRELIMINARY, ProjectLevel.DISTRICT,
                    today.plusMonths(4).withDayOfMonth(1), null, null, null), IfMatch.none());

            // 定向招商 of a 世界500强 by the bureau, and a 撞单 the industry bureau confirmed
            lead("远洋船舶配套产业园", cosco, LeadChannel.TARGETED, "SHIPBUILDING", ChainRole.LEADING, "300000", null,
                    "600", "NORTH_INDUSTRIAL", "ZSJ", "刘海涛", today.plusDays(14), "围绕船用曲轴项目补齐船舶配套链", false);
            lead("远洋海工装备维修基地", cosco, LeadChannel.TARGETED, "SHIPBUILDING", ChainRole.CHAIN_FILLING, "60000",
                    null, "150", "NORTH_INDUSTRIAL", "GCJ", "王强", today.plusDays(10), "工促局经行业协会接洽，已知招商局在谈", true);

            // 科技招商 of a foreign investor: contacted and then left alone for 45 days (stale)
            long pv = lead("高效光伏组件生产基地", solar, LeadChannel.TECHNOLOGY, "SOLAR_PV", ChainRole.LEADING, "200000",
                    "15000", "400", "NORTH_INDUSTRIAL", "GCJ", "王强", today.minusDays(15), "经省科技厅推介", false);
            move(pv, LeadStage.CONTACTED, today.minusDays(45));
            followUp(pv, today.minusDays(45), FollowUpKind.MEETING, "在省光伏产业对接会上会谈", "寄送园区资料", today.minusDays(15));

            // 中介招商 that fell through
            long chips = lead("鸿瑞科技电子信息产业园", hongrui, LeadChannel.INTERMEDIARY, "ELECTRONICS", ChainRole.CORE,
                    "45000", null, "120", "EAST_CIRCULAR", "XHYGW", "李娜", null, null, false);
            move(chips, LeadStage.CONTACTED, today.minusDays(70));
            move(chips, LeadStage.NEGOTIATING, today.minusDays(40));
            transitions.transition(chips, new LeadTransitionRequest(LeadStage.DROPPED, today.minusDays(10),
                    "企业投资计划调整，暂缓北方布局", null, null), IfMatch.none());

            // 对口招商: signed and landed, not yet registered as a project
            long steel = lead("永嘉物资钢材深加工配送中心", yongjia, LeadChannel.COUNTERPART, "METAL_ROLLING", ChainRole.OTHER,
                    "30000", null, "80", "LINGANG_LOGISTICS", "WLYGW", "张敏", today.plusDays(5), null, false);
            move(steel, LeadStage.CONTACTED, today.minusDays(100));
            move(steel, LeadStage.NEGOTIATING, today.minusDays(80));
            transitions.transition(steel, new LeadTransitionRequest(LeadStage.SIGNED, today.minusDays(30), null,
                    today.minusDays(30), new BigDecimal("28000")), IfMatch.none());
            move(steel, LeadStage.LANDED, today.minusDays(5));

            // 展会招商: a fresh clue from the expo
            lead("滨海文化创意产业园", hk, LeadChannel.EXPO, "CULTURAL_CREATIVE", ChainRole.OTHER, "60000", "8000", null,
                    "HAIBINLU", "LYJ", "陈静", today.plusDays(3), "港洽会上留下的意向", false);
        });
        LOG.infof("Demo data: 7 investors, 8 leads in every stage, one converted into a project");
    }

    private long investor(String name, String first17OrNull, String origin, InvestorType type, boolean fortune500,
            String industry, Contact contact) {
        String code = first17OrNull == null ? null : CreditCodeValidator.withCheckDigit(first17OrNull.substring(0, 17));
        return investors.create(new InvestorInput(name, code, origin, type, fortune500, industry, List.of(contact))).id();
    }

    private long lead(String title, long investor, LeadChannel channel, String industry, ChainRole role, String intended,
            String foreignUsd, String mu, String area, String unit, String handler, LocalDate next, String note,
            boolean confirmDuplicate) {
        return leads.create(new LeadInput(title, investor, channel, industry, role, new BigDecimal(intended),
                foreignUsd == null ? null : new BigDecimal(foreignUsd), mu == null ? null : new BigDecimal(mu), area, unit,
                handler, next, note), confirmDuplicate).id();
    }

    private void move(long lead, LeadStage stage, LocalDate date) {
        transitions.transition(lead, new LeadTransitionRequest(stage, date, null, null, null), IfMatch.none());
    }

    private void followUp(long lead, LocalDate date, FollowUpKind kind, String summary, String next, LocalDate nextDate) {
        followUps.followUp(lead, new FollowUpInput(date, kind, summary, next, nextDate));
    }
}
