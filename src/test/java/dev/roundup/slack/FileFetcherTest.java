package dev.roundup.slack;

import static org.assertj.core.api.Assertions.assertThat;

import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okio.Buffer;
import org.junit.jupiter.api.Test;

class FileFetcherTest {

  @Test
  void a_file_on_slacks_host_is_fetched_with_the_bot_token_and_one_elsewhere_never_is()
      throws Exception {
    try (MockWebServer slack = new MockWebServer(); MockWebServer elsewhere = new MockWebServer()) {
      slack.enqueue(new MockResponse().setBody(new Buffer().writeUtf8("hello")));
      elsewhere.enqueue(new MockResponse().setBody("stolen"));
      FileFetcher fetcher = new FileFetcher("xoxb-secret", slack.url("/api/").toString());

      FileFetcher.Fetched ok = fetcher.fetch(slack.url("/files-pri/F1/a.txt").toString(), 100);
      FileFetcher.Fetched refused = fetcher.fetch(elsewhere.url("/files-pri/F1/a.txt").toString(), 100);

      assertThat(new String(ok.bytes(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("hello");
      assertThat(slack.takeRequest().getHeader("Authorization")).isEqualTo("Bearer xoxb-secret");
      assertThat(refused.whyNot()).isEqualTo("not a Slack file");
      assertThat(elsewhere.getRequestCount()).isZero();
    }
  }

  @Test
  void a_file_over_the_limit_is_too_big_and_a_failed_download_says_so() throws Exception {
    try (MockWebServer slack = new MockWebServer()) {
      slack.enqueue(new MockResponse().setBody("0123456789"));
      slack.enqueue(new MockResponse().setResponseCode(403));
      FileFetcher fetcher = new FileFetcher("xoxb-secret", slack.url("/api/").toString());

      assertThat(fetcher.fetch(slack.url("/f/1").toString(), 5).whyNot()).isEqualTo("too big");
      assertThat(fetcher.fetch(slack.url("/f/2").toString(), 5).whyNot())
          .isEqualTo("could not be fetched");
    }
  }
}
