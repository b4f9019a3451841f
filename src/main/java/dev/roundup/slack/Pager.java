package dev.roundup.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.model.ResponseMetadata;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Walks a cursor-paged Web API method ({@code conversations.history}, {@code .replies},
 * {@code .members}, {@code .list}, {@code users.list}) one page at a time, through
 * {@link SlackApi} so every page is checked and rate limits are waited out. The caller pulls pages
 * with {@link #next()}, so it can stop early, count progress or pace itself between pages.
 */
public final class Pager<T extends SlackApiTextResponse> {

  /** One page request, given the cursor (null for the first page). */
  @FunctionalInterface
  public interface PageCall<T> {
    T run(MethodsClient client, String cursor) throws IOException, SlackApiException;
  }

  private final SlackApi slack;
  private final String method;
  private final PageCall<T> call;
  private final Function<T, ResponseMetadata> metadata;
  private final Consumer<Duration> onRateLimit;
  private String cursor;
  private boolean done;

  public Pager(SlackApi slack, String method, PageCall<T> call, Function<T, ResponseMetadata> metadata,
      Consumer<Duration> onRateLimit) {
    this.slack = slack;
    this.method = method;
    this.call = call;
    this.metadata = metadata;
    this.onRateLimit = onRateLimit;
  }

  public Pager(SlackApi slack, String method, PageCall<T> call, Function<T, ResponseMetadata> metadata) {
    this(slack, method, call, metadata, wait -> { });
  }

  /** Whether another page is to come (always true before the first). */
  public boolean hasMore() {
    return !done;
  }

  /** The next page, or empty after the last one. */
  public Optional<T> next() {
    if (done) {
      return Optional.empty();
    }
    String c = cursor;
    T page = slack.call(method, client -> call.run(client, c), onRateLimit);
    ResponseMetadata meta = metadata.apply(page);
    cursor = meta == null || meta.getNextCursor() == null || meta.getNextCursor().isEmpty()
        ? null : meta.getNextCursor();
    done = cursor == null;
    return Optional.of(page);
  }
}
