package gov.district.investment.reference.app;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;

import gov.district.investment.platform.domain.FieldError;
import gov.district.investment.platform.enums.EnumContribution;
import gov.district.investment.platform.enums.LabelledEnum;
import gov.district.investment.reference.api.ReferenceViews.AreaView;
import gov.district.investment.reference.api.ReferenceViews.EnumType;
import gov.district.investment.reference.api.ReferenceViews.EnumValue;
import gov.district.investment.reference.api.ReferenceViews.IndustryView;
import gov.district.investment.reference.api.ReferenceViews.UnitView;
import gov.district.investment.reference.domain.Area;
import gov.district.investment.reference.domain.Industry;
import gov.district.investment.reference.domain.Unit;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Reference lists, read once and kept: they change only through migrations, which come with a
 * new deployment. Other contexts validate codes here.
 */
@ApplicationScoped
public class ReferenceData {

    private record Snapshot(Map<String, IndustryView> industries, Map<String, AreaView> areas, Map<String, UnitView> units) {
    }

    private final EntityManager em;
    private final Instance<EnumContribution> contributions;
    private volatile Snapshot snapshot;

    public ReferenceData(EntityManager em, Instance<EnumContribution> contributions) {
        this.em = em;
        this.contributions = contributions;
    }

    public List<IndustryView> industries() {
        return List.copyOf(snapshot().industries().values());
    }

    public List<AreaView> areas() {
        return List.copyOf(snapshot().areas().values());
    }

    public List<UnitView> units() {
        return List.copyOf(snapshot().units().values());
    }

    public Optional<UnitView> unit(String code) {
        return Optional.ofNullable(code == null ? null : snapshot().units().get(code));
    }

    public List<EnumType> enums() {
        List<EnumType> types = new ArrayList<>();
        for (EnumContribution contribution : contributions) {
            for (Class<? extends LabelledEnum> type : contribution.enums()) {
                List<EnumValue> values = new ArrayList<>();
                for (LabelledEnum value : type.getEnumConstants()) {
                    values.add(new EnumValue(value.name(), value.label()));
                }
                types.add(new EnumType(type.getSimpleName(), values));
            }
        }
        types.sort(Comparator.comparing(EnumType::type));
        return types;
    }

    /** Adds an error for each non-null code that is not in its list. */
    public void checkIndustry(String field, String code, List<FieldError> errors) {
        check(field, code, snapshot().industries(), "industry", errors);
    }

    public void checkArea(String field, String code, List<FieldError> errors) {
        check(field, code, snapshot().areas(), "area", errors);
    }

    public void checkUnit(String field, String code, List<FieldError> errors) {
        check(field, code, snapshot().units(), "unit", errors);
    }

    private static void check(String field, String code, Map<String, ?> known, String what, List<FieldError> errors) {
        if (code != null && !known.containsKey(code)) {
            errors.add(new FieldError(field, "unknown " + what + " code '" + code + "'; see /api/v1/reference/"
                    + (what.equals("industry") ? "industries" : what + "s")));
        }
    }

    private Snapshot snapshot() {
        Snapshot current = snapshot;
        if (current == null) {
            current = QuarkusTransaction.joiningExisting().call(this::load);
            snapshot = current;
        }
        return current;
    }

    private Snapshot load() {
        return new Snapshot(
                index(em.createQuery("from Industry order by sortOrder", Industry.class).getResultList().stream()
                        .map(i -> new IndustryView(i.code, i.name)).toList(), IndustryView::code),
                index(em.createQuery("from Area order by sortOrder", Area.class).getResultList().stream()
                        .map(a -> new AreaView(a.code, a.name, a.kind, a.parentCode)).toList(), AreaView::code),
                index(em.createQuery("from Unit order by sortOrder", Unit.class).getResultList().stream()
                        .map(u -> new UnitView(u.code, u.name, u.kind)).toList(), UnitView::code));
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> key) {
        return items.stream().collect(Collectors.toMap(key, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }
}
