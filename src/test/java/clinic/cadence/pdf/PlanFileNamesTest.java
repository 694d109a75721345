package clinic.cadence.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clinic.cadence.client.Client;
import clinic.cadence.client.Condition;
import clinic.cadence.client.MassageType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PlanFileNamesTest {

    static Client client(String id, String name, String location) {
        return new Client(id, "", "", name, Condition.WELLNESS, null, null, null, null, MassageType.SWEDISH, null,
                null, null, null, null, 60, location, "", "");
    }

    static Stream<Arguments> hostile() {
        String longName = "Maximiliane ".repeat(40);
        return Stream.of(
                Arguments.of("plain", "00123", "Maria Rossi", "Harbour", "plans/Harbour/00123-Maria_Rossi.pdf"),
                Arguments.of("no location: no folder", "00123", "Maria Rossi", "", "plans/00123-Maria_Rossi.pdf"),
                Arguments.of("separators", "12/34", "a/b\\c", "North/East", "plans/North_East/12_34-a_b_c.pdf"),
                Arguments.of("parent folder", "..", "../../etc/passwd", "..", "plans/etc_passwd.pdf"),
                Arguments.of("reserved location", "7", "Ann", "CON", "plans/_CON/7-Ann.pdf"),
                Arguments.of("reserved id alone", "NUL", "", "", "plans/_NUL.pdf"),
                Arguments.of("reserved with extension", "com1.txt", "", "lpt9", "plans/_lpt9/_com1.txt.pdf"),
                Arguments.of("leading dots", ".env", ".hidden", ".config", "plans/config/env-hidden.pdf"),
                Arguments.of("leading dash", "-rf", "Bob", "", "plans/rf-Bob.pdf"),
                Arguments.of("control characters", "8", "Ann\u0000a\tB\u001b", "", "plans/8-Ann_a_B.pdf"),
                Arguments.of("trailing dots and spaces", "9", "Maria. . ", "Site. ", "plans/Site/9-Maria.pdf"),
                Arguments.of("characters Windows forbids", "10", "a<b>c:d\"e|f?g*h", "",
                        "plans/10-a_b_c_d_e_f_g_h.pdf"),
                Arguments.of("CJK kept", "11", "王芳", "東京", "plans/東京/11-王芳.pdf"),
                Arguments.of("accents kept, composed", "12", "Zoe\u0308 Åström", "", "plans/12-Zoë_Åström.pdf"),
                Arguments.of("nothing usable", "///", "***", "", "plans/client.pdf"),
                Arguments.of("very long name", "13", longName, "",
                        "plans/13-" + longName.strip().replace(' ', '_').substring(0, 97).replaceAll("_$", "") + ".pdf"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    void hostile_ids_names_and_locations_give_safe_paths(String why, String id, String name, String location,
            String expected) {
        assertEquals(expected, new PlanFileNames().assign(client(id, name, location)));
    }

    @Test
    void names_differing_only_by_case_get_distinct_files() {
        PlanFileNames names = new PlanFileNames();
        assertEquals("plans/Harbour/1-anna.pdf", names.assign(client("1", "anna", "Harbour")));
        assertEquals("plans/Harbour/1-Anna-2.pdf", names.assign(client("1", "Anna", "harbour")));
        assertEquals("plans/Harbour/1-ANNA-3.pdf", names.assign(client("1", "ANNA", "HARBOUR")));
        assertEquals("plans/Harbour/1-anna-2-2.pdf", names.assign(client("1", "anna-2", "Harbour")));
        assertEquals("plans/1-anna.pdf", names.assign(client("1", "anna", "")));
    }

    @Test
    void the_same_roster_gives_the_same_names() {
        List<Client> roster = List.of(client("1", "Ann", "A"), client("1", "ANN", "a"), client("2", "王芳", ""),
                client("1", "ann", "A"));
        PlanFileNames first = new PlanFileNames();
        PlanFileNames second = new PlanFileNames();
        assertEquals(roster.stream().map(first::assign).toList(), roster.stream().map(second::assign).toList());
    }

    // ---- properties: whatever the roster holds

    private static final Pattern RESERVED = Pattern.compile("(?i)(CON|PRN|AUX|NUL|COM[0-9¹²³]|LPT[0-9¹²³])(\\..*)?");

    @Provide
    Arbitrary<String> wild() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(300),
                Arbitraries.strings().withChars("./\\:*?\"<>| \t\u0000\u202eAaCONPRNULcon1王芳é").ofMaxLength(40),
                Arbitraries.of("CON", "con", "Aux.txt", "..", ".", "", " ", "LPT1", "nul.", "COM1 "));
    }

    @Property(tries = 400)
    void every_component_is_safe(@ForAll("wild") String id, @ForAll("wild") String name,
            @ForAll("wild") String location) {
        String path = new PlanFileNames().assign(client(id, name, location));
        assertTrue(path.startsWith("plans/") && path.endsWith(".pdf"), path);
        String[] parts = path.split("/", -1);
        assertTrue(parts.length == 2 || parts.length == 3, path);
        for (int i = 1; i < parts.length; i++) {
            String part = parts[i];
            assertFalse(part.isEmpty() || part.startsWith(".") || part.startsWith("-"), path);
            assertFalse(part.endsWith(".") || part.endsWith(" "), path);
            assertFalse(RESERVED.matcher(part).matches(), path);
            assertFalse(part.contains("\\") || part.chars().anyMatch(c -> c < 32 || "<>:\"|?*".indexOf(c) >= 0), path);
            assertTrue(part.getBytes(StandardCharsets.UTF_8).length <= 120, path);
        }
    }

    @Property(tries = 100)
    void a_roster_never_gets_two_files_that_collide_on_a_case_insensitive_disk(
            @ForAll @Size(max = 30) List<@net.jqwik.api.constraints.StringLength(max = 6) String> names) {
        PlanFileNames assigner = new PlanFileNames();
        Set<String> folded = new HashSet<>();
        List<String> paths = new ArrayList<>();
        for (String name : names) {
            String path = assigner.assign(client("7", name, name.isEmpty() ? "" : "Site"));
            paths.add(path);
            assertTrue(folded.add(path.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT)), "collision in " + paths);
        }
    }
}
