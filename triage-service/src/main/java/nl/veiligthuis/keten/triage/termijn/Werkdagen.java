package nl.veiligthuis.keten.triage.termijn;

import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Dutch working days (R1): Monday to Friday, except the national public holidays of the Netherlands as
 * the jollyday library knows them (Nieuwjaarsdag, Goede Vrijdag, Pasen, Koningsdag, Bevrijdingsdag,
 * Hemelvaartsdag, Pinksteren, Kerstmis).
 */
public final class Werkdagen {

    public static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");

    private static final HolidayManager FEESTDAGEN =
            HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.NETHERLANDS.getId()));

    private Werkdagen() {
    }

    public static boolean isWerkdag(LocalDate dag) {
        return dag.getDayOfWeek() != DayOfWeek.SATURDAY && dag.getDayOfWeek() != DayOfWeek.SUNDAY
                && !FEESTDAGEN.isHoliday(dag, HolidayType.PUBLIC_HOLIDAY);
    }

    /** The n-th working day after the given day (the day itself does not count). */
    public static LocalDate werkdagenNa(LocalDate dag, int aantal) {
        LocalDate resultaat = dag;
        int geteld = 0;
        while (geteld < aantal) {
            resultaat = resultaat.plusDays(1);
            if (isWerkdag(resultaat)) {
                geteld++;
            }
        }
        return resultaat;
    }

    /** R1: triage is complete by the end of the fifth working day after the day of receipt. */
    public static LocalDate triagetermijn(Instant ontvangenOp) {
        return werkdagenNa(ontvangenOp.atZone(NEDERLAND).toLocalDate(), 5);
    }

    /** The moment a term that ends on the given day has passed: midnight at the end of that day. */
    public static Instant eindeVan(LocalDate dag) {
        return dag.plusDays(1).atStartOfDay(NEDERLAND).toInstant();
    }
}
