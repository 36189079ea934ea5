package gov.district.investment.leaders.app;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

import org.jboss.logging.Logger;

import gov.district.investment.leaders.api.AssignmentInput;
import gov.district.investment.leaders.api.DecisionInput;
import gov.district.investment.leaders.api.InspectionInput;
import gov.district.investment.leaders.api.LeaderInput;
import gov.district.investment.leaders.api.MeetingInput;
import gov.district.investment.leaders.api.ProtectionInput;
import gov.district.investment.leaders.domain.AssignmentRole;
import gov.district.investment.leaders.domain.MeetingLevel;
import gov.district.investment.leaders.persistence.LeaderRepository;
import gov.district.investment.pipeline.api.EscalationLevel;
import gov.district.investment.pipeline.api.ProblemDesk;
import gov.district.investment.pipeline.api.ProblemView;
import gov.district.investment.pipeline.api.ProjectQuery;
import gov.district.investment.pipeline.api.ProjectRegistry;
import gov.district.investment.pipeline.api.ProjectView;
import gov.district.investment.platform.audit.SystemActor;
import gov.district.investment.platform.http.IfMatch;
import gov.district.investment.platform.paging.PageRequest;
import gov.district.investment.platform.paging.SortSpec;
import gov.district.investment.platform.time.BusinessClock;
import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.runtime.StartupEvent;

/**
 * Dev-mode demo data of the leaders context, after the pipeline's (a later startup observer):
 * the district leaders (区长于春海 from the speech), each key demo project's leader in charge, two
 * protected projects with an inspection, and dispatch meetings whose decisions take up the
 * escalated problem. Goes through the services like any client.
 */
@IfBuildProfile("dev")
@ApplicationScoped
public class LeaderDemoData {

    private static final Logger LOG = Logger.getLogger(LeaderDemoData.class);
    private static final String ACTOR = "system:demo-data";

    private final LeaderService leaders;
    private final LeaderRepository leaderRepository;
    private final AssignmentService assignments;
    private final ProtectionService protections;
    private final MeetingService meetings;
    private final DecisionService decisions;
    private final ProjectRegistry projects;
    private final ProblemDesk problems;
    private final BusinessClock clock;

    public LeaderDemoData(LeaderService leaders, LeaderRepository leaderRepository, AssignmentService assignments,
            ProtectionService protections, MeetingService meetings, DecisionService decisions,
            ProjectRegistry projects, ProblemDesk problems, BusinessClock clock) {
        this.leaders = leaders;
        this.leaderRepository = leaderRepository;
        this.assignments = assignments;
        this.protections = protections;
        this.meetings = meetings;
        this.decisions = decisions;
        this.projects = projects;
        this.problems = problems;
        this.clock = clock;
    }

    /** After the pipeline's DemoData, which observes at the default priority. */
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 600) StartupEvent ev) {
        seed();
    }

    @ActivateRequestContext
    public void seed() {
        if (leaderRepository.count() > 0) {
            return; // a dev-mode restart over a database that is already seeded
        }
        LocalDate today = clock.today();
        LocalDate yearStart = LocalDate.of(today.getYear(), 1, 1);
        SystemActor.runAs(ACTOR, () -> {
            long mayor = leader("于春海", "区长", "13803351001");
            long executive = leader("李明远", "常务副区长", "13803351002");
            long industry = leader("张卫东", "副区长", "13803351003");
            long urban = leader("王丽华", "副区长", "13803351004");

            Map<String, Long> ids = Map.of(
                    "奥通360万吨钢材配送", project("奥通360万吨钢材配送"),
                    "义乌小商品城", project("义乌小商品城"),
                    "红星美凯龙", project("红星美凯龙"),
                    "奥晶玻璃", project("奥晶玻璃"),
                    "船用曲轴及海洋工程配套件", project("船用曲轴及海洋工程配套件"),
                    "西部四村旧村改造", project("西部四村旧村改造"),
                    "东光机械", project("东光机械"));
            assign(ids.get("奥通360万吨钢材配送"), executive, AssignmentRole.LEAD, yearStart);
            assign(ids.get("义乌小商品城"), mayor, AssignmentRole.LEAD, yearStart);
            assign(ids.get("义乌小商品城"), industry, AssignmentRole.ASSIST, yearStart);
            assign(ids.get("红星美凯龙"), industry, AssignmentRole.LEAD, yearStart);
            assign(ids.get("奥晶玻璃"), industry, AssignmentRole.LEAD, yearStart);
            assign(ids.get("船用曲轴及海洋工程配套件"), executive, AssignmentRole.LEAD, yearStart);
            assign(ids.get("西部四村旧村改造"), urban, AssignmentRole.LEAD, yearStart);
            assign(ids.get("东光机械"), urban, AssignmentRole.LEAD, yearStart);

            // 挂牌保护: the two flagship plants, with one approved inspection
            protections.put(ids.get("奥通360万吨钢材配送"), new ProtectionInput(yearStart, null, "FGJ",
                    "重点保护：未经分包领导批准，任何部门不得入企检查、收费"), IfMatch.none());
            protections.put(ids.get("奥晶玻璃"), new ProtectionInput(yearStart, LocalDate.of(today.getYear() + 1, 12, 31),
                    "GCJ", "挂牌保护，优化服务环境"), IfMatch.none());
            protections.inspect(ids.get("奥通360万吨钢材配送"), new InspectionInput(today.minusDays(3).isBefore(yearStart)
                    ? today
                    : today.minusDays(3), "区应急管理局", "安全生产例行检查", "李明远（常务副区长）"));

            // the mayor's dispatch meeting on 义乌小商品城 takes up the problem escalated to its leader
            long meeting = meetings.create(new MeetingInput(today, MeetingLevel.LEADER, mayor, "义乌小商品城二期专题调度会",
                    List.of("于春海", "张卫东", "东港镇", "国土分局", "招商局"), List.of(ids.get("义乌小商品城")),
                    "一、二期用地征拆由东港镇牵头，两周内签订全部协议；二、国土分局同步办理供地手续。")).id();
            for (ProblemView problem : problems.openAt(EscalationLevel.LEADER, List.of(ids.get("义乌小商品城")), null)) {
                decisions.create(meeting, new DecisionInput("两周内签订二期用地全部征拆协议", null, problem.id(),
                        problem.responsibleUnitCode(), today.plusDays(14)));
            }
            long district = meetings.create(new MeetingInput(today, MeetingLevel.DISTRICT, mayor, "全区重点项目建设调度会",
                    List.of("于春海", "李明远", "张卫东", "王丽华", "发改局", "工促局", "招商局", "住建局"),
                    List.of(ids.get("奥通360万吨钢材配送"), ids.get("红星美凯龙"), ids.get("西部四村旧村改造")),
                    "对照指标，逐项检查，倒排进度，狠抓落实。")).id();
            decisions.create(district, new DecisionInput("红星美凯龙年底前完成主体封顶，发改局每周调度", ids.get("红星美凯龙"), null,
                    "FGJ", today.plusDays(30)));
            decisions.create(district, new DecisionInput("西部四村回迁楼加快冬季施工，挽回滞后工期", ids.get("西部四村旧村改造"), null,
                    "ZJJ", today.plusDays(20)));
        });
        LOG.infof("Demo data: 4 leaders, their key projects, 2 protected projects and 2 dispatch meetings with decisions");
    }

    private long leader(String name, String title, String phone) {
        return leaders.create(new LeaderInput(name, title, phone, true)).id();
    }

    private long project(String name) {
        List<ProjectView> found = projects.list(new ProjectQuery(List.of(), List.of(), null, null, null, null, null,
                null, null, name, null, null), new PageRequest(0, 1, SortSpec.of("id", "id", "id").parse(null))).items();
        if (found.isEmpty()) {
            throw new IllegalStateException("Demo project " + name + " is not seeded");
        }
        return found.get(0).id();
    }

    private void assign(long projectId, long leaderId, AssignmentRole role, LocalDate since) {
        assignments.assign(projectId, new AssignmentInput(leaderId, role, since));
    }
}
