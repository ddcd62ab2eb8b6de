package io.github.gongkai.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.gongkai.core.id.Luhn;
import io.github.gongkai.core.id.ResidentIdNumbers;
import io.github.gongkai.core.id.UnifiedSocialCreditCodes;
import io.github.gongkai.core.item.InformationItem;
import io.github.gongkai.core.request.Applicant;
import io.github.gongkai.core.request.ApplicantType;
import io.github.gongkai.core.request.Contacts;
import io.github.gongkai.core.request.IdentityDocumentType;
import io.github.gongkai.core.request.IdentityProof;
import io.github.gongkai.core.request.InformationRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Planted identifiers (valid ones, and malformed near-identifiers) never come out whole: not on
 * stdout or stderr of any CLI command, whatever option or input document field they are typed
 * into, and not in the exception messages (whole cause chain) or {@code toString} of the core
 * builders.
 */
class NoWholeIdentifierTest {
  private static final int KINDS = 5;
  private final InputStream stdin = System.in;
  @TempDir Path dir;

  @AfterEach
  void restore() {
    System.setIn(stdin);
  }

  /** A random identifier of a kind: 0 resident ID, 1 mobile, 2 bank card, 3 credit code, 4 passport. */
  static String identifier(int kind, long seed, boolean malformed) {
    Random r = new Random(seed);
    String v;
    switch (kind) {
      case 0: {
        LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(r.nextInt(20_000));
        String first17 = "110105" + birth.toString().replace("-", "") + digits(r, 3);
        v = first17 + ResidentIdNumbers.checkCharacter(first17);
        break;
      }
      case 1:
        v = "1" + (3 + r.nextInt(7)) + digits(r, 9);
        break;
      case 2: {
        String payload = "62" + digits(r, r.nextBoolean() ? 13 : 16);
        v = payload + Luhn.checkDigit(payload);
        break;
      }
      case 3: {
        StringBuilder sb = new StringBuilder("91350100");
        for (int k = 0; k < 9; k++) {
          sb.append(UnifiedSocialCreditCodes.ALPHABET.charAt(r.nextInt(UnifiedSocialCreditCodes.ALPHABET.length())));
        }
        v = sb.toString() + UnifiedSocialCreditCodes.checkCharacter(sb);
        break;
      }
      default:
        v = "E" + digits(r, 8);
        break;
    }
    if (malformed) {
      // a near-identifier: a wrong last character, or one digit too many
      char last = v.charAt(v.length() - 1);
      v = r.nextBoolean()
          ? v.substring(0, v.length() - 1) + (char) (last == '9' || !Character.isDigit(last) ? '0' : last + 1)
          : v + r.nextInt(10);
    }
    return v;
  }

  private static String digits(Random r, int n) {
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k < n; k++) {
      sb.append((char) ('0' + r.nextInt(10)));
    }
    return sb.toString();
  }

  /** The text with separators and format characters removed, so a masked grouping cannot pass. */
  private static String compact(String text) {
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k < text.length(); k++) {
      char c = text.charAt(k);
      if (!Character.isWhitespace(c) && c != '-' && Character.getType(c) != Character.FORMAT) {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private static void assertNotWhole(String what, String text, String id) {
    assertThat(compact(text)).as(what).doesNotContain(id);
  }

  private String run(String stdinText, String... args) {
    CapturedCli cli = new CapturedCli();
    int code = cli.runWithInput(stdinText, args);
    String all = cli.out + "\n" + cli.err;
    assertThat(cli.err.toString()).as(String.join(" ", args)).doesNotContain("\tat ");
    assertThat(code).as(String.join(" ", args) + "\n" + all).isBetween(0, 2);
    return all;
  }

  private Path file(String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }

  private List<String[]> commands(String v) throws IOException {
    String record =
        new String(
                getClass().getResourceAsStream("/report/requests.jsonl").readAllBytes(), StandardCharsets.UTF_8)
            .lines()
            .findFirst()
            .orElseThrow();
    String badNumber = record.replaceFirst("\"number\":\"[^\"]*\"", "\"number\":\"" + v + "\"");
    String creditCode =
        record.replaceFirst(
            "\"identityProof\":\\{[^}]*\\}",
            "\"identityProof\":{\"documentType\":\"unified-social-credit-code\",\"number\":\"" + v + "\"}");
    String badId = record.replaceFirst("\"id\":\"[^\"]*\"", "\"id\":" + v);
    String decide =
        "{\"schemaVersion\":1,\"item\":{\"id\":\"A-1\",\"title\":\"t\",\"producingAgency\":\"a\","
            + "\"formedOn\":\"2024-01-20\"},\"context\":{\"requestDate\":\"2024-03-01\"}";
    List<String[]> c = new ArrayList<>();
    c.add(new String[] {"deadline", "--received", "2024-03-01", "--channel", v});
    c.add(new String[] {"deadline", "--received", v});
    c.add(new String[] {"deadline", "--received", "2024-03-01", "--regime", v});
    c.add(new String[] {"deadline", "--received", "2024-03-01", "--pause", v});
    c.add(new String[] {"deadline", "--received", "2024-03-01", "--pause", "third-party:" + v + "..2024-03-05"});
    c.add(new String[] {"deadline", "--received", "2024-03-01", "--rest-day-receipt", v});
    c.add(new String[] {"deadline", "--received", "2024-03-01", "--" + v});
    c.add(new String[] {"calendar", "--year", v});
    c.add(new String[] {"calendar", "--year", "2024", "--add", v});
    c.add(new String[] {"scan", "--type", v});
    c.add(new String[] {"scan", "--reference-date", v});
    c.add(new String[] {"redact", "--mask-all", v});
    c.add(new String[] {"redact", "--mask", v + "=full"});
    c.add(new String[] {"redact", "--mask", "mobile=" + v});
    c.add(new String[] {"redact", "--regime", v});
    c.add(new String[] {"redact", "--min-confidence", v});
    c.add(new String[] {"demo", v});
    c.add(new String[] {"help", v});
    c.add(new String[] {v});
    c.add(new String[] {"decide", "--input", v});
    c.add(new String[] {"decide", "--input", file("d1.json", decide + ",\"seperable\":\"" + v + "\"}").toString()});
    c.add(new String[] {"decide", "--input", file("d2.json", decide + ",\"" + v + "\":true}").toString()});
    c.add(new String[] {"decide", "--input", file("d3.json", decide.replace("\"A-1\"", "\"" + v + "\"").replace("2024-03-01", v) + "}").toString()});
    c.add(new String[] {"decide", "--input", file("d4.json", decide.replace("\"t\"", v) + "}").toString()});
    c.add(new String[] {"decide", "--input", file("d5.json", "\"" + v + "\"").toString()});
    c.add(new String[] {"report", "build", "--year", "2024", "--input", file("r1.jsonl", badNumber + "\n").toString()});
    c.add(new String[] {"report", "build", "--year", "2024", "--input", file("r2.jsonl", creditCode + "\n").toString()});
    c.add(new String[] {"report", "build", "--year", "2024", "--input", file("r3.jsonl", badId + "\n").toString()});
    c.add(new String[] {"report", "build", "--year", v, "--input", file("r4.jsonl", record + "\n").toString()});
    c.add(new String[] {"report", "build", "--year", "2024", "--format", v, "--input", file("r5.jsonl", record + "\n").toString()});
    c.add(new String[] {"report", "check", "--input", file("c1.json", "{\"schemaVersion\":1,\"format\":\"2021\",\"year\":2024,\"agency\":\"a\",\"" + v + "\":1}").toString()});
    c.add(new String[] {"report", "check", "--input", file("c2.json", "{\"schemaVersion\":1,\"format\":\"" + v + "\",\"year\":2024,\"agency\":\"a\"}").toString()});
    c.add(new String[] {"report", "check", "--blank", v, "--input", file("c3.json", "{}").toString()});
    String decision =
        "{\"decision\":{\"decisionNumber\":\"某罚〔2024〕1号\",\"kind\":\"penalty\",\"party\":{\"type\":\"TYPE\","
            + "\"name\":\"某某\",\"identifier\":\"" + v + "\"},\"decidedOn\":\"2024-10-16\",\"legalBasis\":\"某法\"}}\n";
    c.add(new String[] {"publication-due", "--from", v, "--kind", "proactive"});
    c.add(new String[] {"publication-due", "--from", "2024-09-27", "--kind", v});
    c.add(new String[] {"publication-due", "--from", "2024-09-27", "--kind", "penalty", "--route", v});
    c.add(new String[] {"publication-due", "--from", "2024-09-27", "--kind", "proactive", "--limit", v});
    c.add(new String[] {"agenda", "--input", file("a1.jsonl", decision.replace("TYPE", "natural-person")).toString(), "--as-of", "2024-10-28"});
    c.add(new String[] {"agenda", "--input", file("a2.jsonl", decision.replace("TYPE", "legal-person")).toString(), "--as-of", "2024-10-28"});
    c.add(new String[] {"agenda", "--input", file("a3.jsonl", "{\"item\":{\"id\":\"x\",\"title\":\"t\",\"formedOn\":" + v + "}}\n").toString(), "--as-of", "2024-10-28"});
    c.add(new String[] {"agenda", "--input", file("a4.jsonl", "{\"item\":{\"id\":\"x\",\"title\":\"t\",\"formedOn\":\"" + v + "\"}}\n").toString(), "--as-of", "2024-10-28"});
    c.add(new String[] {"agenda", "--input", file("a5.jsonl", "").toString(), "--as-of", v});
    return c;
  }

  /** Checks {@code property} on random identifiers of every kind, well-formed and malformed. */
  private static void forPlantedIdentifiers(int examples, Consumer<String> property) {
    qt().withExamples(examples)
        .forAll(integers().between(0, KINDS - 1), longs().all(), integers().between(0, 1))
        .checkAssert((kind, seed, malformed) -> property.accept(identifier(kind, seed, malformed == 1)));
  }

  @Test
  void no_cli_command_echoes_a_planted_identifier() {
    forPlantedIdentifiers(
        25,
        v -> {
          try {
            for (String[] args : commands(v)) {
              assertNotWhole(String.join(" ", args), run("", args), v);
            }
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        });
  }

  @Test
  void scan_and_redact_never_print_a_valid_identifier_they_find() {
    qt().withExamples(40)
        .forAll(integers().between(0, 2), longs().all(), integers().between(0, 3))
        .checkAssert(
            (kind, seed, format) -> {
              String v = identifier(kind, seed, false);
              String[] joins = {"", " ", "\u200b", "\u00ad"};
              String planted;
              if (format == 1) {
                // the usual grouping: 6-8-4, 3-4-4, groups of four
                int[] cuts = kind == 0 ? new int[] {6, 14} : kind == 1 ? new int[] {3, 7} : new int[] {4, 8, 12, 16};
                StringBuilder sb = new StringBuilder(v);
                for (int k = cuts.length - 1; k >= 0; k--) {
                  if (cuts[k] < v.length()) {
                    sb.insert(cuts[k], ' ');
                  }
                }
                planted = sb.toString();
              } else {
                int at = 1 + (int) Math.floorMod(seed, (long) v.length() - 1);
                planted = v.substring(0, at) + joins[format] + v.substring(at);
              }
              String text = "申请人身份证号、电话或银行卡：" + planted + "。";
              assertNotWhole("scan", run(text, "scan", "--reference-date", "2026-01-01"), v);
              assertNotWhole("redact", run(text, "redact", "--reference-date", "2026-01-01"), v);
            });
  }

  private static String chain(Throwable t) {
    StringBuilder sb = new StringBuilder();
    for (Throwable c = t; c != null; c = c.getCause()) {
      sb.append(c).append('\n');
    }
    return sb.toString();
  }

  private static void assertSafe(String what, Supplier<Object> build, String v) {
    String text;
    try {
      text = String.valueOf(build.get());
    } catch (RuntimeException e) {
      text = chain(e);
    }
    assertNotWhole(what, text, v);
  }

  @Test
  void core_builders_never_show_a_planted_identifier_whole() {
    forPlantedIdentifiers(
        200,
        v -> {
          for (IdentityDocumentType t : IdentityDocumentType.values()) {
            assertSafe("IdentityProof " + t, () -> IdentityProof.of(t, v), v);
          }
          assertSafe("Contacts phone", () -> Contacts.ofPhone(v), v);
          assertSafe("Contacts email", () -> Contacts.ofEmail(v), v);
          assertSafe(
              "Applicant",
              () -> Applicant.builder().type(ApplicantType.NATURAL_PERSON).name("张三")
                  .identityProof(IdentityProof.of(IdentityDocumentType.RESIDENT_IDENTITY_CARD, v))
                  .contacts(Contacts.ofPhone(v))
                  .build(),
              v);
          assertSafe(
              "InformationRequest",
              () -> InformationRequest.builder().id(v).agency("a").description("d")
                  .submittedOn(LocalDate.of(2024, 3, 1))
                  .applicant(Applicant.builder().type(ApplicantType.NATURAL_PERSON).name("张三")
                      .contacts(Contacts.ofPhone(v)).build())
                  .build(),
              v);
          assertSafe(
              "InformationItem",
              () -> InformationItem.builder().id(v).title("t").producingAgency("a")
                  .formedOn(LocalDate.of(2024, 1, 20)).build(),
              v);
        });
  }
}
