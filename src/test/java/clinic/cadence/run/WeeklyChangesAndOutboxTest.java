package clinic.cadence.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Message;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.validate.ValidationResult;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two weekly runs of one clinic: between them Mateo's pain drops (W02), Tom is discharged (W08)
 * and Grace starts (W09); the other six rows are untouched. The second run must say exactly that,
 * and its outbox must hold exactly the emails the front desk should send.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WeeklyChangesAndOutboxTest {
    static final String HEADER = "client_id,first_name,last_name,condition,pain_level,intake_pain,episode_start,"
            + "last_visit,location,therapist,email,language,email_opt_out,status";
    static final List<String> WEEK_1 = List.of(
            "W01,Ada,Lovelace,acute,6,7,2026-11-09,2026-11-20,Harbour Street,Maya Okafor,ada@example.com,en,no,active",
            "W02,Mateo,Núñez,injury,5,6,2026-11-16,2026-11-20,Riverside,Sofia Núñez,mateo@example.es,Español,,active",
            "W03,Chloé,Dubois,acute,4,5,2026-11-16,2026-11-18,Riverside,Sofia Núñez,chloe@example.fr,fr,,active",
            "W04,Jonas,Weber,injury,7,8,2026-11-11,2026-11-19,Harbour Street,Maya Okafor,jonas@münchen.de,de,,active",
            "W05,Rafael,Costa,flare,5,6,2026-11-13,2026-11-17,Riverside,Kenji Tanaka,rafael@example.com.br,pt-BR,,active",
            "W06,Noor,Haddad,acute,5,6,2026-11-12,2026-11-19,Harbour Street,Maya Okafor,,,,active",
            "W07,Olivia,Brown,injury,6,6,2026-11-10,2026-11-20,Harbour Street,Maya Okafor,olivia@example.com,en,opted out,active",
            "W08,Tom,O'Brien,acute,5,6,2026-11-09,2026-11-20,Riverside,Kenji Tanaka,tom@example.ie,en,,active");
    static final String FROM = "front.desk@harbour-clinic.example";

    @TempDir
    static Path dir;
    private Path out;
    private Path week1;
    private RunFixture.Outcome second;

    @BeforeAll
    void twoWeeklyRuns() throws IOException {
        List<String> week2 = new ArrayList<>(WEEK_1);
        week2.set(1, WEEK_1.get(1).replace("injury,5,6", "injury,2,6"));
        week2.set(7, WEEK_1.get(7).replace(",active", ",discharged"));
        week2.add("W09,Grace,Kim,acute,6,6,2026-11-25,2026-11-27,Harbour Street,Maya Okafor,grace@example.com,,,active");
        Path settings = dir.resolve("settings.properties");
        Files.writeString(settings, "mail.from = Harbour Clinic <" + FROM + ">\nclinic_name = Cadence Massage Clinic\n",
                StandardCharsets.UTF_8);
        out = dir.resolve("out");
        week1 = dir.resolve("week1");
        RunFixture.Outcome first = weekly(RunFixture.roster(dir, "week1.csv", HEADER, WEEK_1.toArray(String[]::new)),
                "2026-11-23", out, settings, "--threads", "2");
        assertEquals(0, first.status(), first.stderr());
        copy(out, week1);
        second = weekly(RunFixture.roster(dir, "week2.csv", HEADER, week2.toArray(String[]::new)), "2026-11-30", out,
                settings, "--threads", "2");
        assertEquals(0, second.status(), second.stderr());
    }

    private static RunFixture.Outcome weekly(Path roster, String asOf, Path out, Path settings, String... extra) {
        List<String> args = new ArrayList<>(List.of("--roster", roster.toString(), "--out", out.toString(), "--as-of",
                asOf, "--settings", settings.toString()));
        args.addAll(List.of(extra));
        return RunFixture.run(args.toArray(String[]::new));
    }

    @Test
    void changesCsvSaysWhatChangedAndTheUntouchedAreUnchanged() throws IOException {
        Map<String, CSVRecord> changes = csvById(out.resolve("changes.csv"));
        assertEquals(List.of("W01", "W02", "W03", "W04", "W05", "W06", "W07", "W09", "W08"), List.copyOf(changes.keySet()),
                "every planned client in roster order, then the gone");
        for (String id : List.of("W01", "W03", "W04", "W05", "W06", "W07")) {
            assertEquals("unchanged", changes.get(id).get("change"), id);
            assertEquals("", changes.get(id).get("what_changed"), id);
        }
        assertEquals("changed", changes.get("W02").get("change"));
        assertTrue(changes.get("W02").get("what_changed").startsWith("sessions a week: 1 in the week of 2026-11-30 (was 2)"),
                changes.get("W02").get("what_changed"));
        assertEquals("new", changes.get("W09").get("change"));
        assertEquals("gone", changes.get("W08").get("change"));
        assertEquals("discharged in the roster", changes.get("W08").get("what_changed"));
        assertEquals("Riverside", changes.get("W08").get("location"), "staff see where to cancel bookings");
    }

    @Test
    void theWorkbookHasTheChangesSheetAndAChangeColumnOnClients() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out.resolve("capacity.xlsx")))) {
            Sheet changes = wb.getSheet("Changes");
            List<String> rows = new ArrayList<>();
            for (Row row : changes) {
                rows.add(row.getCell(0).getStringCellValue() + " " + row.getCell(4).getStringCellValue());
            }
            assertEquals(List.of("client_id change", "W02 changed", "W09 new", "W08 gone"), rows);
            assertEquals("discharged in the roster", changes.getRow(3).getCell(5).getStringCellValue());
            Sheet clients = wb.getSheet("Clients");
            int column = columnOf(clients, "change");
            Map<String, String> byId = new LinkedHashMap<>();
            for (Row row : clients) {
                if (row.getRowNum() > 0) {
                    byId.put(row.getCell(0).getStringCellValue(), row.getCell(column).getStringCellValue());
                }
            }
            assertEquals(Map.of("W01", "unchanged", "W02", "changed", "W03", "unchanged", "W04", "unchanged", "W05",
                    "unchanged", "W06", "unchanged", "W07", "unchanged", "W09", "new"), byId);
            Map<String, Double> summary = new LinkedHashMap<>();
            for (Row row : wb.getSheet("Summary")) {
                if (row.getCell(0).getStringCellValue().endsWith("since the last run")) {
                    summary.put(row.getCell(0).getStringCellValue(), row.getCell(1).getNumericCellValue());
                }
            }
            assertEquals(Map.of("clients new since the last run", 1.0, "clients changed since the last run", 1.0,
                    "clients unchanged since the last run", 6.0, "clients gone since the last run", 1.0), summary);
        }
    }

    @Test
    void theSummaryLineAndRunJsonCountTheChanges() throws IOException {
        assertTrue(second.stdout().contains("8 planned: 1 new, 1 changed, 6 unchanged; 1 gone since the run of 2026-11-23."),
                second.stdout());
        assertTrue(second.stdout().contains("Outbox: 2 emails in " + out.resolve("outbox") + "; nobody to hand a plan over to."),
                second.stdout());
        assertEquals(1, second.stdout().lines().filter(l -> l.contains(" rows read = ")).count(), "one summary line");
        assertTrue(second.stdout().lines().filter(l -> l.contains("planned:") || l.contains("Outbox:")).allMatch(
                l -> l.contains(" rows read = ")), "the changes and the outbox are in the summary line: " + second.stdout());
        String json = Files.readString(out.resolve("run.json"));
        assertTrue(json.contains("\"changes\" : {\n    \"previous_as_of\" : \"2026-11-23\",\n    \"new\" : 1,\n"
                + "    \"changed\" : 1,\n    \"unchanged\" : 6,\n    \"gone\" : 1\n  }"), json);
        assertTrue(json.contains("\"emails\" : 2,\n    \"hand_over\" : 0"), json);
    }

    @Test
    void theFirstRunHadNoEarlierRunAndListedWhoToHandThePlanTo() throws IOException {
        Map<String, CSVRecord> handOver = csvById(week1.resolve("hand-over.csv"));
        assertEquals(Set.of("W06", "W07"), handOver.keySet());
        assertEquals("no email address in the roster", handOver.get("W06").get("why"));
        assertEquals("asked not to be emailed", handOver.get("W07").get("why"));
        assertTrue(handOver.get("W06").get("plan_file").startsWith("plans/Harbour_Street/W06-"));
        assertEquals(Set.of("W01", "W02", "W03", "W04", "W05", "W08"), idsIn(week1.resolve("outbox")));
        assertTrue(Files.readString(week1.resolve("run.json")).contains("every client is new"));
    }

    @Test
    void theOutboxHoldsExactlyTheNewAndChangedClientsWithAnAddress() throws Exception {
        assertEquals(Set.of("W02", "W09"), idsIn(out.resolve("outbox")));
        assertEquals(List.of(), csvById(out.resolve("hand-over.csv")).keySet().stream().toList(),
                "W06 and W07 are unchanged: nothing to hand over this week");
    }

    @Test
    void aChangedPlansEmailReadsBackWithItsPdfAndCalendar() throws Exception {
        Path eml = emailOf(out.resolve("outbox"), "W02");
        MailReading.Email email = MailReading.read(eml);
        Message m = email.message();
        assertEquals(List.of(new InternetAddress(FROM, "Harbour Clinic", "UTF-8")), List.of(m.getFrom()));
        InternetAddress to = (InternetAddress) m.getRecipients(Message.RecipientType.TO)[0];
        assertEquals("mateo@example.es", to.getAddress());
        assertEquals("Mateo Núñez", to.getPersonal());
        assertEquals(1, m.getAllRecipients().length);
        assertEquals("Su plan de cuidados actualizado de Cadence Massage Clinic", m.getSubject());
        assertEquals("1", m.getHeader("X-Unsent")[0]);
        assertEquals("W02", m.getHeader("X-Cadence-Client-Id")[0]);
        assertEquals("Mon, 30 Nov 2026 00:00:00 +0000", m.getHeader("Date")[0]);
        assertTrue(m.getHeader("Message-ID")[0].matches("<[0-9a-f]{32}\\.cadence@harbour-clinic\\.example>"));
        assertTrue(email.text().startsWith("Hola, Mateo:\n\nHemos actualizado su plan de cuidados"), email.text());
        for (String clinical : List.of("injury", "lesión", "dolor", "pain", "intensive", "intensiv", "taper", "R1")) {
            assertFalse(email.text().toLowerCase().contains(clinical.toLowerCase()), clinical + " in " + email.text());
        }
        assertEquals(Part.ATTACHMENT, email.pdf().getDisposition());
        assertEquals("Mateo_Nunez-plan.pdf", email.pdf().getFileName());
        assertArrayEquals(Files.readAllBytes(planFile("W02")), email.pdfBytes(), "the PDF is the plan, byte for byte");
        assertTrue(email.calendarPart().getContentType().contains("method=PUBLISH"));
        assertEquals("sessions.ics", email.calendarPart().getFileName());

        Calendar calendar = MailReading.calendar(email.calendarBytes());
        ValidationResult valid = calendar.validate();
        assertFalse(valid.hasErrors(), valid::toString);
        List<LocalDate> dates = new ArrayList<>();
        for (Object c : calendar.getComponents()) {
            VEvent event = (VEvent) c;
            dates.add((LocalDate) event.getStartDate().orElseThrow().getDate());
            assertTrue(event.getUid().orElseThrow().getValue().endsWith("@harbour-clinic.example"));
        }
        assertEquals(sessionsOf("W02"), dates, "the calendar holds the plan's sessions");
        assertTrue(new String(email.calendarBytes(), StandardCharsets.UTF_8).lines()
                .allMatch(l -> l.getBytes(StandardCharsets.UTF_8).length <= 75), "folded at 75 octets");
    }

    @Test
    void aNewClientsEmailSaysItIsTheirPlanAndAnInternationalDomainIsConverted() throws Exception {
        MailReading.Email grace = MailReading.read(emailOf(out.resolve("outbox"), "W09"));
        assertEquals("Your care plan from Cadence Massage Clinic", grace.message().getSubject());
        assertTrue(grace.text().startsWith("Dear Grace,\n\nHere is your care plan"), grace.text());
        MailReading.Email jonas = MailReading.read(emailOf(week1.resolve("outbox"), "W04"));
        assertEquals("jonas@xn--mnchen-3ya.de",
                ((InternetAddress) jonas.message().getRecipients(Message.RecipientType.TO)[0]).getAddress());
        assertTrue(jonas.message().getSubject().startsWith("Ihr Behandlungsplan"), jonas.message().getSubject());
    }

    @Test
    void theMessageIdChangesWithThePlanOnly() throws Exception {
        String before = MailReading.read(emailOf(week1.resolve("outbox"), "W02")).message().getMessageID();
        String after = MailReading.read(emailOf(out.resolve("outbox"), "W02")).message().getMessageID();
        assertNotEquals(before, after, "Mateo's plan changed");
        Path again = dir.resolve("again");
        Path settings = dir.resolve("settings.properties");
        weekly(dir.resolve("week1.csv"), "2026-11-23", again, settings, "--threads", "1");
        assertEquals(before, MailReading.read(emailOf(again.resolve("outbox"), "W02")).message().getMessageID());
    }

    @Test
    void theSecondWeekIsByteIdenticalWithOneThreadOrTwo() {
        Path one = dir.resolve("one");
        Path two = dir.resolve("two");
        Path settings = dir.resolve("settings.properties");
        weekly(dir.resolve("week2.csv"), "2026-11-30", one, settings, "--threads", "1", "--previous", week1.toString());
        weekly(dir.resolve("week2.csv"), "2026-11-30", two, settings, "--threads", "2", "--previous", week1.toString());
        Map<String, String> a = RunFixture.snapshot(one);
        assertTrue(a.keySet().stream().anyMatch(p -> p.startsWith("outbox/") && p.endsWith(".eml")), a.keySet().toString());
        assertEquals(a, RunFixture.snapshot(two));
        Map<String, String> viaOut = RunFixture.snapshot(out);
        viaOut.remove("run.json"); // it names the --previous folder when one is given
        Map<String, String> viaPrevious = new LinkedHashMap<>(a);
        viaPrevious.remove("run.json");
        assertEquals(viaOut, viaPrevious, "--previous DIR compares as the out folder does");
    }

    @Test
    void emailAllWritesEveryPlannedClientWithAnAddressAndHandsOverTheRest() throws IOException {
        Path all = dir.resolve("all");
        RunFixture.Outcome run = weekly(dir.resolve("week2.csv"), "2026-11-30", all, dir.resolve("settings.properties"),
                "--previous", week1.toString(), "--email", "all", "--threads", "1");
        assertEquals(0, run.status(), run.stderr());
        assertEquals(Set.of("W01", "W02", "W03", "W04", "W05", "W09"), idsIn(all.resolve("outbox")));
        Map<String, CSVRecord> handOver = csvById(all.resolve("hand-over.csv"));
        assertEquals(List.of("W06", "W07"), List.copyOf(handOver.keySet()));
        assertEquals("unchanged", handOver.get("W06").get("change"));
        assertTrue(run.stdout().contains("Outbox: 6 emails in " + all.resolve("outbox") + "; 2 plans to hand over"),
                run.stdout());
    }

    @Test
    void withoutMailFromThereIsNoOutboxAndTheSummarySaysSoOnce() {
        Path plain = dir.resolve("plain");
        RunFixture.Outcome run = RunFixture.run("--roster", dir.resolve("week1.csv").toString(), "--out",
                plain.toString(), "--as-of", "2026-11-23", "--no-pdf");
        assertEquals(0, run.status(), run.stderr());
        assertFalse(Files.exists(plain.resolve("outbox")));
        assertFalse(Files.exists(plain.resolve("hand-over.csv")));
        assertTrue(run.stdout().contains("No outbox: set mail.from in the settings"), run.stdout());
        assertEquals(1, run.stdout().split("No outbox", -1).length - 1, "said once");
        assertEquals("", run.stderr());
    }

    @Test
    void aPreviousFolderWithoutPlansIsABadInput() {
        RunFixture.Outcome run = RunFixture.run("--roster", dir.resolve("week1.csv").toString(), "--out",
                dir.resolve("nowhere").toString(), "--as-of", "2026-11-23", "--no-pdf", "--previous", dir.toString());
        assertEquals(3, run.status());
        assertEquals("cadence: --previous " + dir + ": no plans.csv in it (it must be the out folder of an earlier "
                + "Cadence run)", run.stderr().strip());
    }

    @Test
    void cadenceSendReadsThisOutboxAsItsContractSays() {
        RunFixture.Outcome dry = RunFixture.run("send", "--dry-run", "--out", out.toString(), "--settings",
                dir.resolve("settings.properties").toString());
        assertEquals(0, dry.status(), dry.stderr());
        List<String> lines = dry.stdout().lines().filter(l -> l.startsWith("would send: ")).sorted().toList();
        assertEquals(2, lines.size(), dry.stdout());
        assertTrue(lines.get(0).contains("to mateo@example.es (client W02)"), lines.get(0));
        assertTrue(lines.get(1).contains("to grace@example.com (client W09)"), lines.get(1));
    }

    private List<LocalDate> sessionsOf(String id) throws IOException {
        List<LocalDate> dates = new ArrayList<>();
        for (CSVRecord r : csv(out.resolve("sessions.csv"))) {
            if (r.get("client_id").equals(id)) {
                dates.add(LocalDate.parse(r.get("date")));
            }
        }
        assertFalse(dates.isEmpty());
        return dates;
    }

    private Path planFile(String id) throws IOException {
        try (Stream<Path> files = Files.walk(out.resolve("plans"))) {
            return files.filter(f -> f.getFileName().toString().startsWith(id + "-")).findFirst().orElseThrow();
        }
    }

    static Path emailOf(Path outbox, String id) throws Exception {
        try (Stream<Path> files = Files.list(outbox)) {
            for (Path f : files.toList()) {
                if (MailReading.read(f).message().getHeader("X-Cadence-Client-Id")[0].equals(id)) {
                    return f;
                }
            }
        }
        throw new AssertionError("no email for " + id + " in " + outbox);
    }

    /** The client ids the outbox's emails are for (read from their headers). */
    static Set<String> idsIn(Path outbox) {
        try (Stream<Path> files = Files.list(outbox)) {
            Set<String> ids = new TreeSet<>();
            for (Path f : files.toList()) {
                assertTrue(f.getFileName().toString().endsWith(".eml"), f.toString());
                ids.add(MailReading.read(f).message().getHeader("X-Cadence-Client-Id")[0]);
            }
            return ids;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    static Map<String, CSVRecord> csvById(Path file) throws IOException {
        return csv(file).stream().collect(Collectors.toMap(r -> r.get("client_id"), r -> r, (a, b) -> a,
                LinkedHashMap::new));
    }

    static List<CSVRecord> csv(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            in.skip(1); // the BOM
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(in).getRecords();
        }
    }

    private static int columnOf(Sheet sheet, String name) {
        for (org.apache.poi.ss.usermodel.Cell cell : sheet.getRow(0)) {
            if (cell.getStringCellValue().equals(name)) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + name);
    }

    private static void copy(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
