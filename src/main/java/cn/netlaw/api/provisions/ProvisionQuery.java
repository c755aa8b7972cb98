package cn.netlaw.api.provisions;

import cn.netlaw.api.problem.Problem;
import cn.netlaw.liability.Violation;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The query string of {@code GET /api/v1/provisions}: {@code instrument} (an instrument key such as CIVIL_CODE or
 * SPC_NDR, or a leading part of one ending before an underscore: SPC_PR selects SPC_PR_2014 and SPC_PR_2020, SPC every
 * SPC interpretation) and {@code inForceOn} (a date YYYY-MM-DD), each at most once. Nothing is ignored silently: an
 * unknown parameter, a repeated or empty one, an instrument the catalogue does not know and a malformed date are each
 * a violation naming the parameter.
 *
 * @param instrument {@code null}: every instrument
 * @param inForceOn  {@code null}: whatever the dates in force
 */
record ProvisionQuery(String instrument, LocalDate inForceOn) {

    static final String INSTRUMENT = "instrument";
    static final String IN_FORCE_ON = "inForceOn";

    private static final List<String> PARAMETERS = List.of(INSTRUMENT, IN_FORCE_ON);
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    sealed interface Reading {
    }

    record Valid(ProvisionQuery query) implements Reading {
    }

    record Invalid(List<Violation> violations) implements Reading {
    }

    /**
     * Reads the query parameters of the list (name → values, in the order of the query string: an unknown parameter is
     * named in that order).
     */
    static Reading read(Map<String, List<String>> parameters, ProvisionCatalogue catalogue) {
        List<Violation> violations = new ArrayList<>();
        parameters.keySet().stream()
                .filter(name -> !PARAMETERS.contains(name))
                .forEach(name -> violations.add(new Violation(Problem.shorten(name),
                        "unknown query parameter", PARAMETERS)));
        String instrument = single(parameters, INSTRUMENT, violations);
        if (instrument != null && !catalogue.knowsInstrument(instrument)) {
            violations.add(new Violation(INSTRUMENT, "'" + Problem.shorten(instrument) + "' is not an instrument of"
                    + " the catalogue: give an instrument key or a leading part of one that ends before an underscore"
                    + " (e.g. SPC_PR for SPC_PR_2014 and SPC_PR_2020)", List.copyOf(catalogue.instrumentKeys())));
        }
        String day = single(parameters, IN_FORCE_ON, violations);
        LocalDate inForceOn = null;
        if (day != null) {
            try {
                if (!DATE.matcher(day).matches()) {
                    throw new DateTimeParseException("not YYYY-MM-DD", day, 0);
                }
                inForceOn = LocalDate.parse(day);
            } catch (DateTimeParseException e) {
                violations.add(new Violation(IN_FORCE_ON, "'" + Problem.shorten(day)
                        + "' is not a date of the calendar in the form YYYY-MM-DD, e.g. 2022-04-02"));
            }
        }
        return violations.isEmpty() ? new Valid(new ProvisionQuery(instrument, inForceOn)) : new Invalid(violations);
    }

    /**
     * Reads a query string with no parameter allowed ({@code GET /api/v1/provisions/{id}}): each parameter is named,
     * in the order of the query string.
     */
    static List<Violation> none(Map<String, List<String>> parameters) {
        return parameters.keySet().stream()
                .map(name -> new Violation(Problem.shorten(name), "unknown query parameter: this resource takes none"))
                .toList();
    }

    private static String single(Map<String, List<String>> parameters, String name, List<Violation> violations) {
        List<String> values = parameters.get(name);
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            violations.add(new Violation(name, "given " + values.size() + " times; give it once"));
            return null;
        }
        String value = values.get(0);
        if (value == null || value.isEmpty()) {
            violations.add(new Violation(name, "empty; give a value or leave the parameter out"));
            return null;
        }
        return value;
    }
}
