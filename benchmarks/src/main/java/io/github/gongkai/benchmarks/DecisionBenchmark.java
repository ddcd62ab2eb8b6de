package io.github.gongkai.benchmarks;

import io.github.gongkai.core.item.ConsentState;
import io.github.gongkai.core.item.InformationItem;
import io.github.gongkai.core.item.InternalAffairsKind;
import io.github.gongkai.core.item.ProcessInformationKind;
import io.github.gongkai.core.item.SecrecyLevel;
import io.github.gongkai.core.item.SecrecyMarking;
import io.github.gongkai.core.item.SpecialAccessRoute;
import io.github.gongkai.core.item.ThirdPartyInterest;
import io.github.gongkai.core.item.ThirdPartyInterestKind;
import io.github.gongkai.rules.decision.DecisionContext;
import io.github.gongkai.rules.decision.DisclosureDecider;
import io.github.gongkai.rules.decision.DisclosureDecision;
import io.github.gongkai.rules.decision.ItemAssessment;
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
 * Decisions per second of {@link DisclosureDecider}: the fast path ({@code decide}, no trace) and the
 * explained path ({@code explain}, with a trace of every rule), on a mix of typical items — plain
 * releases, state secrets, third-party objections, internal affairs, not held, business
 * registration records, partial releases — and on a mix that also carries item-specific text (a
 * pending third-party consultation with its due date, a public-interest override, a named
 * responsible agency), which cannot use shared decision instances.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar Decision -f 1 -wi 2 -i 3 -t 1}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
@State(Scope.Thread)
public class DecisionBenchmark {
  private static final int N = 16;

  private final InformationItem[] items = new InformationItem[N];
  private final ItemAssessment[] assessments = new ItemAssessment[N];
  private final InformationItem[] variableItems = new InformationItem[N];
  private final ItemAssessment[] variableAssessments = new ItemAssessment[N];
  private DecisionContext context;
  private DisclosureDecider decider;
  private int i;

  /** Builds the inputs. */
  @Setup
  public void setUp() {
    decider = DisclosureDecider.standard();
    context = DecisionContext.of(LocalDate.of(2024, 3, 1));
    for (int k = 0; k < N; k++) {
      InformationItem.Builder b =
          InformationItem.builder()
              .id("item-" + k)
              .title("关于第" + k + "号事项的文件")
              .producingAgency("某市生态环境局")
              .formedOn(LocalDate.of(2023, 3, 1));
      ItemAssessment.Builder a = ItemAssessment.builder();
      switch (k % 8) {
        case 0:
        case 1:
          break; // released
        case 2:
          b.secrecyMarking(SecrecyMarking.of(SecrecyLevel.SECRET));
          break;
        case 3:
          b.addThirdPartyInterests(
              ThirdPartyInterest.builder()
                  .kind(ThirdPartyInterestKind.PERSONAL_PRIVACY)
                  .thirdParty("张某")
                  .consent(ConsentState.OBJECTED)
                  .build());
          a.separable(k % 16 == 3);
          break;
        case 4:
          b.internalAffairsKind(InternalAffairsKind.PERSONNEL);
          break;
        case 5:
          a.notHeld(true);
          break;
        case 6:
          b.specialAccessRoute(SpecialAccessRoute.BUSINESS_REGISTRATION);
          break;
        default:
          b.processInformationKind(ProcessInformationKind.DRAFT);
          a.endangersSecurityOrStability(k % 16 == 7);
          break;
      }
      items[k] = b.build();
      assessments[k] = a.build();
      // the same, with item-specific text every other item
      InformationItem.Builder vb = InformationItem.builder().from(items[k]);
      ItemAssessment.Builder va = ItemAssessment.builder().from(assessments[k]);
      switch (k % 4) {
        case 0:
          vb.addThirdPartyInterests(
              ThirdPartyInterest.builder()
                  .kind(ThirdPartyInterestKind.COMMERCIAL_SECRET)
                  .thirdParty("某公司")
                  .consent(ConsentState.PENDING)
                  .build());
          va.thirdPartyReplyDueDate(LocalDate.of(2024, 3, 22));
          break;
        case 2:
          va.notThisAgency(true).responsibleAgency("某市自然资源局");
          break;
        default:
          break;
      }
      variableItems[k] = vb.build();
      variableAssessments[k] = va.build();
    }
  }

  /**
   * Fast path, typical mix.
   *
   * @return the decision
   */
  @Benchmark
  public DisclosureDecision decide() {
    int k = i++ & (N - 1);
    return decider.decide(items[k], assessments[k], context);
  }

  /**
   * Fast path, half of the items carrying item-specific text.
   *
   * @return the decision
   */
  @Benchmark
  public DisclosureDecision decideWithItemText() {
    int k = i++ & (N - 1);
    return decider.decide(variableItems[k], variableAssessments[k], context);
  }

  /**
   * Explained path (full trace), typical mix.
   *
   * @return the decision with its trace
   */
  @Benchmark
  public DisclosureDecision explain() {
    int k = i++ & (N - 1);
    return decider.explain(items[k], assessments[k], context);
  }
}
