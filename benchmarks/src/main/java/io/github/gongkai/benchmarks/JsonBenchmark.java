package io.github.gongkai.benchmarks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.gongkai.core.OutcomeGround;
import io.github.gongkai.jackson2.GongkaiJson;
import io.github.gongkai.core.money.Yuan;
import io.github.gongkai.core.request.Answered;
import io.github.gongkai.core.request.Applicant;
import io.github.gongkai.core.request.ApplicantType;
import io.github.gongkai.core.request.Channel;
import io.github.gongkai.core.request.Contacts;
import io.github.gongkai.core.request.CorrectionRequested;
import io.github.gongkai.core.request.Corrected;
import io.github.gongkai.core.request.DeliveryMethod;
import io.github.gongkai.core.request.ExtensionApproved;
import io.github.gongkai.core.request.FeeMethod;
import io.github.gongkai.core.request.FeeNoticeIssued;
import io.github.gongkai.core.request.FeePaid;
import io.github.gongkai.core.request.IdentityDocumentType;
import io.github.gongkai.core.request.IdentityProof;
import io.github.gongkai.core.request.InformationForm;
import io.github.gongkai.core.request.InformationRequest;
import io.github.gongkai.core.request.ItemOutcome;
import io.github.gongkai.core.request.Received;
import io.github.gongkai.core.request.ThirdPartyConsultationSent;
import io.github.gongkai.core.request.ThirdPartyPosition;
import io.github.gongkai.core.request.ThirdPartyReplied;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JSON binding of a request with a ten-event history: {@link GongkaiJson} (validating builders and
 * error translation) against a plain {@code ObjectMapper} with the module found by {@code
 * findAndRegisterModules()}, reading and writing the same document.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar Json -f 1 -wi 2 -i 3 -w 1 -r 1}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class JsonBenchmark {
  private InformationRequest request;
  private String json;
  private ObjectMapper plain;

  /** Builds the request and its JSON. */
  @Setup
  public void setUp() {
    LocalDate d = LocalDate.of(2024, 3, 1);
    request =
        InformationRequest.builder()
            .id("2024-0001")
            .agency("某市人民政府办公室")
            .applicant(
                Applicant.builder()
                    .type(ApplicantType.NATURAL_PERSON)
                    .name("张三")
                    .identityProof(
                        IdentityProof.of(IdentityDocumentType.RESIDENT_IDENTITY_CARD, "11010519491231002X"))
                    .contacts(Contacts.builder().phone("13812345678").email("a@example.com").build())
                    .build())
            .channel(Channel.ONLINE_PLATFORM)
            .submittedOn(d)
            .description("某地块征收补偿方案及分户补偿明细")
            .requestedForm(InformationForm.ELECTRONIC)
            .delivery(DeliveryMethod.EMAIL)
            .addEvents(Received.of(d.plusDays(1)))
            .addEvents(CorrectionRequested.of(d.plusDays(3), "申请公开的政府信息名称不明确"))
            .addEvents(Corrected.of(d.plusDays(8)))
            .addEvents(ThirdPartyConsultationSent.of(d.plusDays(10), "C1", "某建设公司"))
            .addEvents(ThirdPartyReplied.of(d.plusDays(20), "C1", ThirdPartyPosition.OBJECTS))
            .addEvents(ExtensionApproved.of(d.plusDays(30), 20))
            .addEvents(FeeNoticeIssued.of(d.plusDays(31), Yuan.of(2000), FeeMethod.PER_ITEM, 30))
            .addEvents(FeePaid.of(d.plusDays(35)))
            .addEvents(
                Answered.builder()
                    .date(d.plusDays(50))
                    .outcome(OutcomeGround.PARTIALLY_RELEASED)
                    .addItemOutcomes(ItemOutcome.of("1", OutcomeGround.RELEASED))
                    .addItemOutcomes(ItemOutcome.of("2", OutcomeGround.WITHHELD_THIRD_PARTY_RIGHTS))
                    .build())
            .build();
    json = GongkaiJson.write(request);
    plain = new ObjectMapper().findAndRegisterModules();
  }

  /**
   * Reads with {@link GongkaiJson#read(String, Class)}.
   *
   * @return the request
   */
  @Benchmark
  public InformationRequest readGongkaiJson() {
    return GongkaiJson.read(json, InformationRequest.class);
  }

  /**
   * Reads with a plain mapper (baseline).
   *
   * @return the request
   * @throws JsonProcessingException never for this input
   */
  @Benchmark
  public InformationRequest readPlainMapper() throws JsonProcessingException {
    return plain.readValue(json, InformationRequest.class);
  }

  /**
   * Writes with {@link GongkaiJson#write(Object)}.
   *
   * @return the JSON
   */
  @Benchmark
  public String writeGongkaiJson() {
    return GongkaiJson.write(request);
  }

  /**
   * Writes with a plain mapper (baseline).
   *
   * @return the JSON
   * @throws JsonProcessingException never for this input
   */
  @Benchmark
  public String writePlainMapper() throws JsonProcessingException {
    return plain.writeValueAsString(request);
  }
}
