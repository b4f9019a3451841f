package dev.roundup.web;

import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.util.SlackRequestParser;
import dev.roundup.bench.BenchmarkReport;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What reading a request costs the acknowledging thread before any listener runs: CPU time and
 * bytes allocated per request for Bolt's own parser and for {@link BoltRequests}, on the requests
 * of the ack benchmark (an {@code app_mention}, a {@code message} event and a {@code /summarize}
 * command, in turn), beside {@link RequestShape}'s check, which both follow. Rounds of the two
 * alternate in one thread of one JVM; medians of the measured rounds. Writes the "ack-parse"
 * section of docs/BENCHMARKS.md. Run: {@code scripts/bench parse}.
 */
public final class RequestParsingBenchmark {

  private static final int PER_ROUND = 30_000;
  private static final int WARMUP_ROUNDS = 10;
  private static final int MEASURED_ROUNDS = 15;
  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  private RequestParsingBenchmark() {}

  /** A request as the servlet hands it on: its kind, as {@link RequestShape} found it, and Bolt's HTTP view. */
  private record Parsed(RequestShape.Kind kind, String contentType, SlackRequestParser.HttpRequest http) {}

  public static void main(String[] args) {
    AppConfig config = AppConfig.builder().singleTeamBotToken("xoxb-bench").signingSecret("s").build();
    List<Parsed> requests = requests();
    SlackRequestParser parser = new SlackRequestParser(config);
    BoltRequests direct = new BoltRequests(config);
    Map<String, Consumer<Parsed>> ways = new LinkedHashMap<>();
    ways.put("Bolt's parser", p -> use(parser.parse(p.http())));
    ways.put("BoltRequests", p -> use(direct.parse(p.kind(), p.http())));
    ways.put("RequestShape (both)", p -> use(RequestShape.of(p.contentType(), p.http().getRequestBody())));
    Map<String, List<double[]>> rounds = new LinkedHashMap<>();
    ways.keySet().forEach(k -> rounds.put(k, new ArrayList<>()));
    for (int r = 0; r < WARMUP_ROUNDS + MEASURED_ROUNDS; r++) {
      for (Map.Entry<String, Consumer<Parsed>> way : ways.entrySet()) {
        double[] cost = round(requests, way.getValue());
        if (r >= WARMUP_ROUNDS) {
          rounds.get(way.getKey()).add(cost);
        }
      }
    }
    StringBuilder md = new StringBuilder("## Reading a Slack request on the acknowledging thread\n\n")
        .append(BenchmarkReport.machine()).append(' ').append(BenchmarkReport.load()).append("\n\n")
        .append("Per request, before any listener runs: CPU time of the thread (`ThreadMXBean`) and ")
        .append("bytes it allocated, over the ack benchmark's requests in turn (an `app_mention` ")
        .append("envelope, a `message` event and a `/summarize` command form). Rounds of ")
        .append(PER_ROUND).append(" requests, the ways alternating in one thread; median of ")
        .append(MEASURED_ROUNDS).append(" rounds after ").append(WARMUP_ROUNDS).append(" warm-up rounds. ")
        .append("Every request also passes `RequestShape` (its row), then one of the first two.\n\n")
        .append("| building Bolt's request | CPU per request | allocated per request |\n|---|---:|---:|\n");
    for (Map.Entry<String, List<double[]>> e : rounds.entrySet()) {
      md.append(String.format(Locale.ROOT, "| %s | %.1f µs | %.1f KB |%n", e.getKey(),
          median(e.getValue(), 0) / 1_000, median(e.getValue(), 1) / 1_024));
    }
    double cpu = median(rounds.get("Bolt's parser"), 0) / median(rounds.get("BoltRequests"), 0);
    double bytes = median(rounds.get("Bolt's parser"), 1) / median(rounds.get("BoltRequests"), 1);
    md.append(String.format(Locale.ROOT, "%nBolt's parser takes %.1fx the CPU and %.1fx the allocation of "
        + "building the request directly.%n", cpu, bytes));
    System.out.println(md);
    BenchmarkReport.replaceSection("ack-parse", md.toString());
  }

  /** CPU nanoseconds and bytes allocated per request for one round. */
  private static double[] round(List<Parsed> requests, Consumer<Parsed> way) {
    long thread = Thread.currentThread().getId();
    long cpu = THREADS.getCurrentThreadCpuTime();
    long bytes = THREADS.getThreadAllocatedBytes(thread);
    for (int i = 0; i < PER_ROUND; i++) {
      way.accept(requests.get(i % requests.size()));
    }
    return new double[] {(THREADS.getCurrentThreadCpuTime() - cpu) / (double) PER_ROUND,
        (THREADS.getThreadAllocatedBytes(thread) - bytes) / (double) PER_ROUND};
  }

  private static double median(List<double[]> rounds, int column) {
    double[] values = rounds.stream().mapToDouble(v -> v[column]).toArray();
    Arrays.sort(values);
    return values[values.length / 2];
  }

  private static volatile Object sink;

  /** Keeps the result alive so the JIT cannot drop the work. */
  private static void use(Object result) {
    if (result == null) {
      throw new IllegalStateException("a benchmark request was not understood");
    }
    sink = result;
  }

  private static List<Parsed> requests() {
    String mention = "{\"token\":\"t\",\"team_id\":\"T0SANDBOX\",\"api_app_id\":\"A0ROUNDUP\",\"event\":"
        + "{\"type\":\"app_mention\",\"user\":\"U0BORIS\",\"text\":\"<@U0BOT> summarize\","
        + "\"ts\":\"1796190000.000042\",\"thread_ts\":\"1796180000.000001\",\"channel\":\"C0THREADS\","
        + "\"event_ts\":\"1796190000.000042\"},\"type\":\"event_callback\",\"event_id\":\"EvBENCH1x42\","
        + "\"event_time\":1796190000}";
    String message = "{\"token\":\"t\",\"team_id\":\"T0SANDBOX\",\"api_app_id\":\"A0ROUNDUP\",\"event\":"
        + "{\"type\":\"message\",\"user\":\"U0BORIS\",\"text\":\"The remote cache is warm again, builds are "
        + "fast.\",\"ts\":\"1796190000.000043\",\"channel\":\"C0BENCH3\",\"event_ts\":\"1796190000.000043\"},"
        + "\"type\":\"event_callback\",\"event_id\":\"EvBENCH1x43\",\"event_time\":1796190000}";
    String command = "token=t&team_id=T0SANDBOX&team_domain=roundup-sandbox&channel_id=C0ENG"
        + "&channel_name=eng&user_id=U0BORIS&user_name=boris&command=%2Fsummarize&text="
        + "&response_url=http%3A%2F%2F127.0.0.1%3A4000%2Fresponse%2Fbench-44&trigger_id=1.44";
    List<Parsed> out = new ArrayList<>();
    for (String[] r : new String[][] {{mention, RequestShape.JSON}, {message, RequestShape.JSON},
        {command, RequestShape.FORM}}) {
      RequestShape.Usable shape = (RequestShape.Usable) RequestShape.of(r[1], r[0]);
      out.add(new Parsed(shape.kind(), r[1], SlackRequestParser.HttpRequest.builder()
          .requestUri("/slack/events").queryString(Map.of())
          .headers(new RequestHeaders(Map.of("Content-Type", List.of(r[1]),
              "X-Slack-Request-Timestamp", List.of("1796190000"), "X-Slack-Signature", List.of("v0=00"))))
          .requestBody(r[0]).remoteAddress("127.0.0.1").build()));
    }
    return out;
  }
}
