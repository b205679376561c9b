package io.dacr.core.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import io.dacr.api.FormatException;
import io.dacr.api.Outcome;
import io.dacr.api.Submission;
import io.dacr.api.Verdict;
import io.dacr.core.json.DacrJson;
import io.dacr.core.json.DocumentFormat;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/**
 * The JSON entry point under fuzz: raw submission bytes read through
 * {@code DacrJson.read(DocumentFormat.SUBMISSION, …)} and, when they decode, verified. {@value #TRIES}
 * seeds × {@value #BATCH} documents for each property. Reading gives a submission or a
 * {@link FormatException}, never another exception; a document of a wrong shape or a value out of range
 * never reaches a PASS or FAIL verdict.
 */
class VerifierFuzzJsonTest {

    static final int TRIES = 25;
    static final int BATCH = 1_000;

    private static final String STRUCTURAL = "{}[],:\"\\ 0-.eE";

    private static final String ID = "\"" + Fixtures.ID + "\"";
    private static final String ARTIFACT = "\"" + Fixtures.ARTIFACT + "\"";
    private static final String ANSWERS = "[{\"questionId\":\"q1\",\"answer\":\"Kelmara Air\"},"
            + "{\"questionId\":\"q2\",\"answer\":\"1664000000\"},{\"questionId\":\"q3\",\"answer\":\"35.5\"},"
            + "{\"questionId\":\"q4\",\"answer\":\"Ana Ruiz\"},{\"questionId\":\"q5\",\"answer\":\"27\"}]";
    private static final String TRACE = "["
            + "{\"type\":\"extract_fact\",\"targetEntity\":\"Kelmara Air\",\"attribute\":\"revenue\","
            + "\"valueExtracted\":\"1664000000\",\"source\":\"paragraph_1\"},"
            + "{\"type\":\"extract_fact\",\"targetEntity\":\"Kelmara Air\",\"attribute\":\"operating_margin\","
            + "\"valueExtracted\":\"35.5\",\"source\":\"paragraph_2\"},"
            + "{\"type\":\"extract_fact\",\"targetEntity\":\"Kelmara Air\",\"attribute\":\"chief_executive\","
            + "\"valueExtracted\":\"Ana Ruiz\",\"source\":\"paragraph_3\"},"
            + "{\"type\":\"extract_fact\",\"targetEntity\":\"Kelmara Air\",\"attribute\":\"fleet_size\","
            + "\"valueExtracted\":\"27\",\"source\":\"paragraph_4\"},"
            + "{\"type\":\"compute_logic\",\"op\":\"mod\",\"inputs\":[\"27\",\"10\"],\"result\":\"7\"},"
            + "{\"type\":\"compute_logic\",\"op\":\"add\",\"inputs\":[\"7\",\"20\"],\"result\":\"27\"}]";

    private static final List<String> WHOLE = List.of("", " ", "[]", "null", "42", "true", "\"submission\"", "{}",
            "[" + doc(ID, ARTIFACT, ANSWERS, TRACE) + "]", "{\"challengeId\":" + ID + "}");
    private static final List<String> NOT_TEXT = List.of("5", "null", "[]", "{}", "true", "-0.0", "[\"a\"]");
    private static final List<String> NOT_A_LIST = List.of("5", "null", "{}", "\"x\"", "true", "[5]", "[null]", "[[]]", "[\"q1\"]");
    private static final List<String> BAD_CONFIDENCE = List.of("NaN", "\"NaN\"", "-1", "-0.0001", "1.0000001", "2",
            "Infinity", "-Infinity", "1e999999", "-1e-999999", "\"0.5\"", "true", "[0.5]", "{}", "0x1", ".5", "+0.5",
            "1e400", "01");
    private static final List<String> BAD_STEP = List.of("{\"type\":\"teleport\"}", "{}", "5", "null",
            "{\"type\":\"compute_logic\",\"op\":\"add\",\"inputs\":\"7\",\"result\":\"27\"}",
            "{\"type\":\"compute_logic\",\"op\":\"add\",\"inputs\":[7,20],\"result\":\"27\"}",
            "{\"type\":\"extract_fact\",\"targetEntity\":\"Kelmara Air\",\"attribute\":\"fleet_size\"}",
            "{\"type\":\"extract_fact\",\"targetEntity\":\"Kelmara Air\",\"attribute\":\"fleet_size\","
                    + "\"valueExtracted\":\"27\",\"source\":\"paragraph_4\",\"op\":\"add\"}",
            "{\"type\":5}", "{\"type\":null}");
    /**
     * Invalid in any UTF-8 text: a stray continuation byte, a cut sequence, an encoded surrogate, 0xFF, a
     * 5-byte form, a code point past U+10FFFF, and overlong forms (C0 AF, E0 80 AF and C1 81 would
     * otherwise read as '/', '/' and 'A').
     */
    private static final List<byte[]> BAD_UTF8 = List.of(new byte[] {(byte) 0x80}, new byte[] {(byte) 0xC3, 0x28},
            new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80},
            new byte[] {(byte) 0xE2, (byte) 0x82}, new byte[] {(byte) 0xC0, (byte) 0xAF},
            new byte[] {(byte) 0xE0, (byte) 0x80, (byte) 0xAF}, new byte[] {(byte) 0xC1, (byte) 0x81});

    private final DacrVerifier verifier = DacrVerifier.builder().build();
    private final byte[] oracle = DacrJson.write(DocumentFormat.SUBMISSION, Fixtures.oracle());

    @Test
    void theOracleDocumentPasses() {
        Verdict v = verifier.verify(Fixtures.CHALLENGE, Fixtures.KEY, DacrJson.read(DocumentFormat.SUBMISSION, oracle));
        assertEquals(Outcome.PASS, v.outcome(), v.reason());
    }

    /** The wrong-shape documents differ from this one in one part only, so it must be readable and pass. */
    @Test
    void theTemplateTheWrongShapesComeFromPasses() {
        Submission s = DacrJson.read(DocumentFormat.SUBMISSION, doc(ID, ARTIFACT, ANSWERS, TRACE));
        Verdict v = verifier.verify(Fixtures.CHALLENGE, Fixtures.KEY, s);
        assertEquals(Outcome.PASS, v.outcome(), v.reason());
    }

    @Property(tries = TRIES)
    void corruptedBytesGiveASubmissionOrAFormatException(@ForAll long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < BATCH; i++) {
            byte[] doc = corrupt(random);
            Verdict v = readAndVerify(doc, seed);
            if (v != null) {
                assertFalse(v.reason().startsWith("the submission could not be graded"),
                        () -> "seed " + seed + ": " + new String(doc, StandardCharsets.UTF_8) + ": " + v.reason());
            }
        }
    }

    @Property(tries = TRIES)
    void wrongShapesAndValuesOutOfRangeNeverGetGraded(@ForAll long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < BATCH; i++) {
            byte[] doc = wrongShape(random);
            Verdict v = readAndVerify(doc, seed);
            if (v != null) {
                assertEquals(Outcome.MALFORMED, v.outcome(),
                        () -> "seed " + seed + ": " + new String(doc, StandardCharsets.UTF_8) + ": " + v.reason());
            }
        }
    }

    /** @return the verdict, or null if the document was refused with a FormatException */
    private Verdict readAndVerify(byte[] doc, long seed) {
        Submission s;
        try {
            s = DacrJson.read(DocumentFormat.SUBMISSION, doc);
        } catch (FormatException e) {
            return null;
        } catch (RuntimeException e) {
            return fail("seed " + seed + ": " + e + " escaped reading " + new String(doc, StandardCharsets.UTF_8), e);
        }
        return verifier.verify(Fixtures.CHALLENGE, Fixtures.KEY, s);
    }

    /** The oracle's bytes truncated, overwritten, extended or cut at random places. */
    private byte[] corrupt(SplittableRandom random) {
        byte[] doc = oracle;
        int edits = 1 + random.nextInt(3);
        for (int e = 0; e < edits && doc.length > 0; e++) {
            int at = random.nextInt(doc.length + 1);
            ByteArrayOutputStream out = new ByteArrayOutputStream(doc.length + 8);
            switch (random.nextInt(5)) {
                case 0 -> out.write(doc, 0, at); // truncated
                case 1 -> { // one byte overwritten with any value, invalid UTF-8 included
                    out.write(doc, 0, doc.length);
                    byte[] b = out.toByteArray();
                    b[Math.min(at, doc.length - 1)] = (byte) random.nextInt(256);
                    doc = b;
                    continue;
                }
                case 2 -> { // a structural character inserted
                    out.write(doc, 0, at);
                    out.write(STRUCTURAL.charAt(random.nextInt(STRUCTURAL.length())));
                    out.write(doc, at, doc.length - at);
                }
                case 3 -> { // a span deleted
                    int end = Math.min(doc.length, at + 1 + random.nextInt(12));
                    out.write(doc, 0, at);
                    out.write(doc, end, doc.length - end);
                }
                default -> { // a span repeated
                    int from = random.nextInt(doc.length);
                    int len = Math.min(doc.length - from, 1 + random.nextInt(24));
                    out.write(doc, 0, at);
                    out.write(doc, from, len);
                    out.write(doc, at, doc.length - at);
                }
            }
            doc = out.toByteArray();
        }
        return doc;
    }

    private static String doc(String id, String artifact, String answers, String trace) {
        return "{\"schemaVersion\":" + DocumentFormat.SUBMISSION.schemaVersion() + ",\"challengeId\":" + id + ",\"artifact\":" + artifact + ",\"answers\":" + answers + ",\"trace\":" + trace + "}";
    }

    private static <T> T pick(SplittableRandom random, List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    /**
     * The oracle with one part of a wrong JSON type, a confidence out of range or no number, no or a
     * wrong schema version, or bad text.
     */
    private byte[] wrongShape(SplittableRandom random) {
        String answer = "{\"questionId\":\"q5\",\"answer\":\"27\"";
        String text = switch (random.nextInt(11)) {
            case 0 -> pick(random, WHOLE);
            case 1 -> doc(pick(random, NOT_TEXT), ARTIFACT, ANSWERS, TRACE);
            case 2 -> doc(ID, pick(random, NOT_TEXT), ANSWERS, TRACE);
            case 3 -> doc(ID, ARTIFACT, pick(random, NOT_A_LIST), TRACE);
            case 4 -> doc(ID, ARTIFACT, pick(random, NOT_A_LIST), TRACE).replace("\"trace\":" + TRACE, "\"trace\":" + ANSWERS);
            case 5 -> doc(ID, ARTIFACT, ANSWERS.replace(answer + "}", answer + ",\"confidence\":" + pick(random, BAD_CONFIDENCE) + "}"), TRACE);
            case 6 -> doc(ID, ARTIFACT, ANSWERS, "[" + pick(random, BAD_STEP) + "," + TRACE.substring(1));
            case 7 -> doc(ID, "\"Kelmara Ana 41 \\u" + Integer.toHexString(0xD800 + random.nextInt(0x800)) + " 37+37=74 Port Vell"
                    + Fixtures.ARTIFACT.substring("Kelmara Ana 41 37+37=74 Port Vell".length()) + "\"", ANSWERS, TRACE);
            case 8 -> doc(ID, ARTIFACT, ANSWERS.replace(answer, answer + ",\"" + pick(random, List.of("extra", "Answer", "confidence ", "")) + "\":1"), TRACE);
            case 9 -> doc(ID, ARTIFACT, ANSWERS, TRACE).replace("\"schemaVersion\":" + DocumentFormat.SUBMISSION.schemaVersion() + ",",
                    pick(random, List.of("", "\"schemaVersion\":null,", "\"schemaVersion\":\"1\",", "\"schemaVersion\":0,",
                            "\"schemaVersion\":" + (DocumentFormat.SUBMISSION.schemaVersion() + 1) + ",", "\"schemaVersion\":1.5,",
                            "\"schemaVersion\":99999999999999999999,", "\"schemaVersion\":[1],")));
            default -> null;
        };
        if (text != null) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        // Bytes that are no UTF-8 inside the artifact string.
        byte[] before = doc(ID, "\"Kelmara ", ANSWERS, TRACE).getBytes(StandardCharsets.UTF_8);
        String tail = doc(ID, ARTIFACT, ANSWERS, TRACE);
        byte[] after = tail.substring(tail.indexOf(Fixtures.ARTIFACT) + "Kelmara ".length()).getBytes(StandardCharsets.UTF_8);
        int cut = new String(before, StandardCharsets.UTF_8).indexOf("\"Kelmara ") + "\"Kelmara ".length();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(before, 0, cut);
        byte[] bad = pick(random, BAD_UTF8);
        out.write(bad, 0, bad.length);
        out.write(after, 0, after.length);
        return out.toByteArray();
    }
}
