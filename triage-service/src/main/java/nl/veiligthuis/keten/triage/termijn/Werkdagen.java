package nl.veiligthuis.keten.triage.termijn;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Dutch working days (R1): Monday to Friday, except the days the Algemene termijnenwet (art. 3) puts on a par
 * with a Sunday: Nieuwjaarsdag, tweede Paasdag, Koningsdag, 5 mei (every year), Hemelvaartsdag, tweede
 * Pinksterdag and both Kerstdagen. The dates come from the jollyday library; Goede Vrijdag, a public holiday
 * in jollyday but not in that law, is a working day, so it never lengthens a term for a child's safety.
 */
public final class Werkdagen {

    public static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");

    private static final HolidayManager FEESTDAGEN =
            HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.NETHERLANDS.getId()));
    private static final String GOEDE_VRIJDAG = "christian.GOOD_FRIDAY";
    private static final Map<Integer, Set<LocalDate>> VRIJE_DAGEN_PER_JAAR = new ConcurrentHashMap<>();

    private Werkdagen() {
    }

    public static boolean isWerkdag(LocalDate dag) {
        return dag.getDayOfWeek() != DayOfWeek.SATURDAY && dag.getDayOfWeek() != DayOfWeek.SUNDAY
                && !vrijeDagen(dag.getYear()).contains(dag);
    }

    private static Set<LocalDate> vrijeDagen(int jaar) {
        return VRIJE_DAGEN_PER_JAAR.computeIfAbsent(jaar, j -> FEESTDAGEN
                .getHolidays(Year.of(j), HolidayType.PUBLIC_HOLIDAY).stream()
                .filter(feestdag -> !GOEDE_VRIJDAG.equals(feestdag.getPropertiesKey()))
                .map(Holiday::getDate)
                .collect(Collectors.toUnmodifiableSet()));
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

    /**
     * The moment a term of {@code aantal} working days that starts at {@code vanaf} has passed, counted like R1:
     * the day of {@code vanaf} itself does not count, the last working day counts whole.
     */
    public static Instant eindeNaWerkdagen(Instant vanaf, int aantal) {
        return eindeVan(werkdagenNa(vanaf.atZone(NEDERLAND).toLocalDate(), aantal));
    }

    /** The working days after {@code van} up to and including {@code tot}; 0 when {@code tot} is not after it. */
    public static int werkdagenTussen(LocalDate van, LocalDate tot) {
        int aantal = 0;
        for (LocalDate dag = van.plusDays(1); !dag.isAfter(tot); dag = dag.plusDays(1)) {
            if (isWerkdag(dag)) {
                aantal++;
            }
        }
        return aantal;
    }
}
