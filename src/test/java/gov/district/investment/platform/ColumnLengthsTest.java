package gov.district.investment.platform;

import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import gov.district.investment.leaders.api.CloseDecisionRequest;
import gov.district.investment.leaders.api.DecisionInput;
import gov.district.investment.leaders.api.InspectionInput;
import gov.district.investment.leaders.api.LeaderInput;
import gov.district.investment.leaders.api.MeetingInput;
import gov.district.investment.leaders.api.ProtectionInput;
import gov.district.investment.leads.api.ConversionRequest;
import gov.district.investment.leads.api.FollowUpInput;
import gov.district.investment.leads.api.InvestorInput;
import gov.district.investment.leads.api.LeadInput;
import gov.district.investment.leads.api.LeadTransitionRequest;
import gov.district.investment.leads.domain.Contact;
import gov.district.investment.pipeline.api.AnnualPlanInput;
import gov.district.investment.pipeline.api.BackwardPlanRequest;
import gov.district.investment.pipeline.api.EscalationRequest;
import gov.district.investment.pipeline.api.MilestoneInput;
import gov.district.investment.pipeline.api.MonthlyReportInput;
import gov.district.investment.pipeline.api.ProblemInput;
import gov.district.investment.pipeline.api.ProblemTransitionRequest;
import gov.district.investment.pipeline.api.ProjectInput;
import gov.district.investment.pipeline.api.TransitionRequest;
import gov.district.investment.platform.validation.CreditCode;
import gov.district.investment.support.BusinessTime;
import io.quarkus.test.junit.QuarkusTest;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every text a client may send is bounded, and its bound fits the column that stores it, so a valid
 * request can never fail on insert (a 500) nor be cut short silently. Run on H2 and on MariaDB,
 * against the schema Flyway built.
 */
@QuarkusTest
@BusinessTime("2026-11-27T10:00") // the calendar is not its subject: one stated day, one run
class ColumnLengthsTest {

    /** A request type, the table its text lands in, and the fields whose column is not the snake_case name. */
    record Target(Class<? extends Record> type, String table, Map<String, String> columns) {
    }

    private static final List<Target> TARGETS = List.of(
            new Target(ProjectInput.class, "project", Map.of()),
            new Target(ConversionRequest.class, "project", Map.of()),
            new Target(TransitionRequest.class, "project_transition", Map.of()),
            new Target(AnnualPlanInput.class, "annual_plan", Map.of()),
            new Target(MonthlyReportInput.class, "monthly_report", Map.of()),
            new Target(MilestoneInput.class, "milestone", Map.of()),
            new Target(BackwardPlanRequest.Step.class, "milestone", Map.of()),
            new Target(ProblemInput.class, "problem", Map.of()),
            new Target(ProblemTransitionRequest.class, "problem", Map.of("reason", "status_reason")),
            new Target(EscalationRequest.class, "problem_escalation", Map.of()),
            new Target(LeaderInput.class, "leader", Map.of()),
            new Target(ProtectionInput.class, "project_protection", Map.of()),
            new Target(InspectionInput.class, "protection_inspection", Map.of()),
            new Target(MeetingInput.class, "dispatch_meeting", Map.of()),
            new Target(DecisionInput.class, "decision", Map.of("text", "decision_text")),
            new Target(CloseDecisionRequest.class, "decision", Map.of("note", "close_note")),
            new Target(InvestorInput.class, "investor", Map.of()),
            new Target(LeadInput.class, "investment_lead", Map.of()),
            new Target(FollowUpInput.class, "lead_follow_up", Map.of()),
            new Target(LeadTransitionRequest.class, "lead_transition", Map.of()));

    /** utf8mb4 needs up to 3 bytes for a UTF-16 unit of CJK text; JSON escaping at most doubles ASCII. */
    private static final int WORST_BYTES_PER_CHAR = 3;

    @Inject
    DataSource dataSource;

    @Test
    void everyTextFieldIsBoundedAndFitsItsColumn() throws Exception {
        List<String> problems = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            for (Target target : TARGETS) {
                for (RecordComponent component : target.type().getRecordComponents()) {
                    if (component.getType() != String.class) {
                        continue;
                    }
                    String name = component.getName();
                    Integer bound = bound(field(target.type(), name));
                    String column = target.columns().getOrDefault(name, snake(name));
                    Integer length = columnLength(c, target.table(), column);
                    String where = target.type().getSimpleName() + "." + name + " -> " + target.table() + "." + column;
                    if (bound == null) {
                        problems.add(where + ": no @Size bound");
                    } else if (length == null) {
                        problems.add(where + ": no such column");
                    } else if (bound > length) {
                        problems.add(where + ": at most " + bound + " characters but the column holds " + length);
                    }
                }
            }
            // lists kept as one JSON column: the whole worst case must fit
            problems.addAll(listFits(c, MeetingInput.class, "attendees", "dispatch_meeting", "attendees",
                    maxOf(MeetingInput.class, "attendees")
                            * (WORST_BYTES_PER_CHAR * elementMax(MeetingInput.class, "attendees") + 3)));
            problems.addAll(listFits(c, InvestorInput.class, "contacts", "investor", "contacts",
                    maxOf(InvestorInput.class, "contacts") * worstContact()));
        }
        Collections.sort(problems);
        assertEquals(List.of(), problems);
    }

    private static List<String> listFits(Connection c, Class<?> type, String field, String table, String column, int worst)
            throws SQLException {
        Integer length = columnLength(c, table, column);
        if (length == null || length < worst) {
            return List.of(type.getSimpleName() + "." + field + ": worst case " + worst + " but " + table + "." + column
                    + " holds " + length);
        }
        return List.of();
    }

    private static int worstContact() throws Exception {
        String filler = "长";
        Contact widest = new Contact(filler.repeat(max(Contact.class, "name")), filler.repeat(max(Contact.class, "title")),
                filler.repeat(max(Contact.class, "phone")), filler.repeat(max(Contact.class, "email")));
        String json = new ObjectMapper().writeValueAsString(widest);
        int text = max(Contact.class, "name") + max(Contact.class, "title") + max(Contact.class, "phone")
                + max(Contact.class, "email");
        return json.length() + (WORST_BYTES_PER_CHAR - 1) * text + 1;
    }

    /** The most characters a field accepts: its @Size, or the fixed length of a credit code. */
    private static Integer bound(Field field) {
        Size size = field.getAnnotation(Size.class);
        if (size != null) {
            return size.max();
        }
        return field.isAnnotationPresent(CreditCode.class) ? CreditCode.LENGTH : null;
    }

    private static int maxOf(Class<?> type, String name) {
        return field(type, name).getAnnotation(Size.class).max();
    }

    private static int max(Class<?> type, String name) {
        return maxOf(type, name);
    }

    /** The @Size on the element type of a List<@Size String> component. */
    private static int elementMax(Class<?> type, String name) {
        var generic = (AnnotatedParameterizedType) field(type, name).getAnnotatedType();
        return generic.getAnnotatedActualTypeArguments()[0].getAnnotation(Size.class).max();
    }

    private static Field field(Class<?> type, String name) {
        try {
            return type.getDeclaredField(name);
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(type + " has no field " + name, e);
        }
    }

    private static Integer columnLength(Connection c, String table, String column) throws SQLException {
        for (String t : new String[] { table, table.toUpperCase(Locale.ROOT) }) {
            try (ResultSet rs = c.getMetaData().getColumns(c.getCatalog(), null, t, null)) {
                while (rs.next()) {
                    if (rs.getString("COLUMN_NAME").equalsIgnoreCase(column)) {
                        return rs.getInt("COLUMN_SIZE");
                    }
                }
            }
        }
        return null;
    }

    private static String snake(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }
}
