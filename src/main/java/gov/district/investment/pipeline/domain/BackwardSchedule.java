package gov.district.investment.pipeline.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * 倒排工期: the last step is due on the target date and each earlier step is due the later step's
 * duration before it. Calendar days, so month and year ends need no special case.
 */
public final class BackwardSchedule {

    private BackwardSchedule() {
    }

    /**
     * @param durationDays each step's duration in days, in step order; the first step's duration
     *        lies before the first due date and does not move any date
     * @return the due date of each step, in step order
     */
    public static List<LocalDate> dueDates(LocalDate targetDate, List<Integer> durationDays) {
        List<LocalDate> reversed = new ArrayList<>(durationDays.size());
        LocalDate due = targetDate;
        for (int i = durationDays.size() - 1; i >= 0; i--) {
            reversed.add(due);
            due = due.minusDays(durationDays.get(i));
        }
        Collections.reverse(reversed);
        return reversed;
    }
}
