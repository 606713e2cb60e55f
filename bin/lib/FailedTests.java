import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Names the tests that failed in the last run, one line each: module, class and method, and the first line of the
 * cause (with the innermost "Caused by" when there is one). Reads the JUnit XML reports that Surefire and Failsafe
 * wrote after the given start time, so reports left over from an earlier run are not counted.
 *
 * <p>Run as {@code java bin/lib/FailedTests.java <project dir> <start epoch millis>}; prints nothing when no report
 * has a failure. Exits 0 either way: it only explains a run, the run's own exit status decides.
 */
public class FailedTests {

    private static final int LONGEST_CAUSE = 240;

    public static void main(String[] args) throws Exception {
        Path project = Path.of(args[0]).toAbsolutePath().normalize();
        FileTime since = FileTime.fromMillis(Long.parseLong(args[1]));
        List<String> failures = new ArrayList<>();
        for (Path report : reports(project, since)) {
            failures.addAll(failuresIn(project, report));
        }
        if (!failures.isEmpty()) {
            System.out.println();
            System.out.println("Failed tests (" + failures.size() + "):");
            failures.forEach(line -> System.out.println("  " + line));
        }
    }

    private static List<Path> reports(Path project, FileTime since) throws IOException {
        try (Stream<Path> files = Files.walk(project, 4)) {
            return files.filter(file -> {
                if (file.getParent() == null) {
                    return false;
                }
                String parent = String.valueOf(file.getParent().getFileName());
                String name = file.getFileName().toString();
                return (parent.equals("surefire-reports") || parent.equals("failsafe-reports"))
                        && name.startsWith("TEST-") && name.endsWith(".xml") && modifiedSince(file, since);
            }).sorted().toList();
        }
    }

    private static boolean modifiedSince(Path file, FileTime since) {
        try {
            return Files.getLastModifiedTime(file).compareTo(since) >= 0;
        } catch (IOException e) {
            return false;
        }
    }

    private static List<String> failuresIn(Path project, Path report) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Element suite = factory.newDocumentBuilder().parse(report.toFile()).getDocumentElement();
        String module = project.relativize(report).getName(0).toString();
        List<String> lines = new ArrayList<>();
        NodeList cases = suite.getElementsByTagName("testcase");
        for (int i = 0; i < cases.getLength(); i++) {
            Element testCase = (Element) cases.item(i);
            Element problem = firstChild(testCase, "failure", "error");
            if (problem != null) {
                lines.add(module + "  " + testCase.getAttribute("classname") + "." + testCase.getAttribute("name")
                        + "  " + cause(problem));
            }
        }
        return lines;
    }

    private static Element firstChild(Element parent, String... names) {
        for (String name : names) {
            NodeList found = parent.getElementsByTagName(name);
            if (found.getLength() > 0) {
                return (Element) found.item(0);
            }
        }
        return null;
    }

    /** The failure's type and message on one line, and the innermost "Caused by" line of its stack trace when there is one. */
    private static String cause(Element problem) {
        List<String> trace = problem.getTextContent().lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
        // The message attribute holds the whole message (AssertJ's spans lines: "expected: 3 / but was: 2").
        String message = String.join(" ", problem.getAttribute("message").lines().map(String::strip)
                .filter(line -> !line.isEmpty()).toList());
        String first = !message.isEmpty() ? problem.getAttribute("type") + ": " + message
                : trace.isEmpty() ? problem.getAttribute("type") : trace.get(0);
        String innermost = null;
        for (String line : trace) {
            if (line.startsWith("Caused by: ")) {
                innermost = line.substring("Caused by: ".length());
            }
        }
        String cause = innermost == null || first.contains(innermost) ? first : first + "  <- " + innermost;
        return cause.length() > LONGEST_CAUSE ? cause.substring(0, LONGEST_CAUSE) + "..." : cause;
    }
}
