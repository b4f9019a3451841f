package dev.roundup.llm;

import dev.roundup.threads.WorkThreads;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Runs an OkHttp call so that interrupting the waiting thread cancels it. A socket read blocked
 * in a synchronous call ignores interrupts, so a summary abandoned half-way (one chunk failed, or
 * shutdown) would otherwise keep its other calls running until they time out.
 */
final class InterruptibleCall {

  /** A finished HTTP exchange. */
  record Reply(int status, String body, String retryAfter) {
    boolean successful() {
      return status >= 200 && status < 300;
    }
  }

  private InterruptibleCall() {}

  static Reply execute(OkHttpClient client, Request request)
      throws IOException, InterruptedException {
    Call call = client.newCall(request);
    CompletableFuture<Reply> reply = new CompletableFuture<>();
    call.enqueue(new Callback() {
      @Override
      public void onFailure(Call failed, IOException e) {
        reply.completeExceptionally(e);
      }

      @Override
      public void onResponse(Call done, Response response) {
        try (response) {
          ResponseBody body = response.body();
          reply.complete(new Reply(response.code(), body == null ? "" : body.string(),
              response.header("Retry-After")));
        } catch (IOException | RuntimeException e) {
          reply.completeExceptionally(e);
        }
      }
    });
    try {
      return reply.get();
    } catch (InterruptedException e) {
      call.cancel();
      throw e;
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw new IOException("LLM call failed", e.getCause());
    }
  }

  /**
   * A dispatcher on daemon threads (an idle OkHttp thread must not keep a finished command-line
   * run alive), without OkHttp's default of five requests per host: the summarizer's own pool
   * already bounds how many calls run at once.
   */
  static Dispatcher daemonDispatcher() {
    ExecutorService executor = Executors.newCachedThreadPool(
        WorkThreads.of("llm-http-", WorkThreads.Priority.BACKGROUND));
    Dispatcher dispatcher = new Dispatcher(executor);
    dispatcher.setMaxRequests(64);
    dispatcher.setMaxRequestsPerHost(64);
    return dispatcher;
  }
}
