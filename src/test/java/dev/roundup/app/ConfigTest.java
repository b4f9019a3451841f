package dev.roundup.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roundup.llm.TokenBudgets;
import dev.roundup.summarize.process.SummarizerProcess;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class ConfigTest {

  private final Properties file = new Properties();
  private final Map<String, String> env = new HashMap<>(Map.of(
      "SLACK_BOT_TOKEN", "xoxb-1-secret", "SLACK_SIGNING_SECRET", "shh-secret"));

  @Test
  void defaults_give_embedded_h2_http_mode() {
    Config c = Config.load(file, env);
    assertThat(c.slack().socketMode()).isFalse();
    assertThat(c.database().url()).startsWith("jdbc:h2:file:./data/");
    assertThat(c.server().port()).isEqualTo(3000);
    assertThat(c.llm().enabled()).isFalse();
    assertThat(c.work().defaultWindow()).isEqualTo(Duration.ofHours(24));
    assertThat(c.slack().apiUrl()).isEqualTo("https://slack.com/api/");
  }

  @Test
  void suggestions_are_off_unless_an_admin_turns_them_on_and_their_keys_are_read() {
    assertThat(Config.load(file, env).suggestions().enabled()).isFalse();
    file.setProperty("roundup.suggest.enabled", "true");
    file.setProperty("roundup.suggest.run-at", "5:30");
    file.setProperty("roundup.suggest.per-person-gap", "14d");
    file.setProperty("roundup.suggest.snooze", "60d");
    file.setProperty("roundup.suggest.lookback", "120d");

    var s = Config.load(file, env).suggestions();

    assertThat(s.enabled()).isTrue();
    assertThat(s.runAt()).isEqualTo(java.time.LocalTime.of(5, 30));
    assertThat(s.gap()).isEqualTo(Duration.ofDays(14));
    assertThat(s.quiet()).isEqualTo(Duration.ofDays(60));
    assertThat(s.lookback()).isEqualTo(Duration.ofDays(120));
    env.put("ROUNDUP_SUGGEST_RUN_AT", "midnight");
    assertThatThrownBy(() -> Config.load(file, env)).hasMessageContaining("roundup.suggest.run-at")
        .hasMessageContaining("'midnight'");
  }

  @Test
  void summaries_are_made_in_a_lowered_process_of_their_own_unless_turned_off() {
    SummarizerProcess.Settings byDefault = Config.load(file, env).work().summarizer();
    assertThat(byDefault).isEqualTo(SummarizerProcess.Settings.defaults());
    assertThat(byDefault.jvmOptions()).containsExactly("-Xmx512m", "-XX:+UseSerialGC");
    assertThat(byDefault.nice()).isEqualTo(10);

    file.setProperty("roundup.summarizer.process-jvm-options", "  -Xmx1g   -XX:+UseParallelGC ");
    env.put("ROUNDUP_SUMMARIZER_PROCESS_NICE", "0");
    env.put("ROUNDUP_SUMMARIZER_PROCESS_TIMEOUT", "30s");
    SummarizerProcess.Settings tuned = Config.load(file, env).work().summarizer();
    assertThat(tuned).isEqualTo(new SummarizerProcess.Settings(true, List.of("-Xmx1g", "-XX:+UseParallelGC"),
        0, Duration.ofSeconds(30)));

    env.put("ROUNDUP_SUMMARIZER_SEPARATE_PROCESS", "false");
    assertThat(Config.load(file, env).work().summarizer().enabled()).isFalse();
    env.put("ROUNDUP_SUMMARIZER_PROCESS_NICE", "20");
    assertThatThrownBy(() -> Config.load(file, env)).isInstanceOf(ConfigException.class)
        .hasMessageContaining("roundup.summarizer.process-nice");
  }

  @Test
  void environment_overrides_the_file() {
    file.setProperty("roundup.db.url", "jdbc:h2:mem:file");
    file.setProperty("roundup.work.threads", "3");
    env.put("ROUNDUP_DB_URL", "jdbc:postgresql://db/roundup");
    Config c = Config.load(file, env);
    assertThat(c.database().url()).isEqualTo("jdbc:postgresql://db/roundup");
    assertThat(c.work().threads()).isEqualTo(3);
  }

  @Test
  void missing_bot_token_names_the_key_in_one_sentence() {
    env.remove("SLACK_BOT_TOKEN");
    assertThatThrownBy(() -> Config.load(file, env))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("roundup.slack.bot-token")
        .hasMessageContaining("SLACK_BOT_TOKEN")
        .hasMessageNotContaining("\n");
  }

  @Test
  void signing_secret_is_required_in_http_mode_but_not_in_socket_mode() {
    env.remove("SLACK_SIGNING_SECRET");
    assertThatThrownBy(() -> Config.load(file, env)).hasMessageContaining("SLACK_SIGNING_SECRET");
    env.put("SLACK_APP_TOKEN", "xapp-1-abc");
    assertThat(Config.load(file, env).slack().socketMode()).isTrue();
  }

  @Test
  void invalid_values_are_refused_with_the_key_and_the_value() {
    env.put("ROUNDUP_WORK_THREADS", "lots");
    assertThatThrownBy(() -> Config.load(file, env))
        .hasMessageContaining("roundup.work.threads").hasMessageContaining("'lots'");
    env.remove("ROUNDUP_WORK_THREADS");
    env.put("ROUNDUP_SUMMARY_DEFAULT_WINDOW", "soon");
    assertThatThrownBy(() -> Config.load(file, env)).hasMessageContaining("roundup.summary.default-window");
    env.remove("ROUNDUP_SUMMARY_DEFAULT_WINDOW");
    env.put("SLACK_APP_TOKEN", "xoxb-wrong-kind");
    assertThatThrownBy(() -> Config.load(file, env)).hasMessageContaining("xapp-");
  }

  @Test
  void posting_pace_cluster_and_shutdown_settings_have_defaults_and_read_the_environment() {
    Config d = Config.load(file, env);
    assertThat(d.posting().limits()).isEqualTo(dev.roundup.slack.PostingLimits.SLACK);
    assertThat(d.shutdownTimeout()).isEqualTo(Duration.ofSeconds(30));
    assertThat(d.tasks().runThreads()).isEqualTo(8);
    assertThat(d.tasks().clustered()).isFalse();

    env.put("ROUNDUP_POSTING_CHANNEL_PER_SECOND", "0.5");
    env.put("ROUNDUP_POSTING_WORKSPACE_PER_MINUTE", "0");
    env.put("ROUNDUP_SHUTDOWN_TIMEOUT", "2m");
    env.put("ROUNDUP_TASKS_RUN_THREADS", "16");
    env.put("ROUNDUP_TASKS_CLUSTER_CHECKIN_INTERVAL", "2s");
    env.put("ROUNDUP_TASKS_CLUSTERED", "true");
    env.put("ROUNDUP_DB_URL", "jdbc:postgresql://db/roundup");
    Config c = Config.load(file, env);
    assertThat(c.posting().channelPerSecond()).isEqualTo(0.5);
    assertThat(c.posting().workspacePerMinute()).isZero();
    assertThat(c.shutdownTimeout()).isEqualTo(Duration.ofMinutes(2));
    assertThat(c.tasks().runThreads()).isEqualTo(16);
    assertThat(c.tasks().checkinInterval()).isEqualTo(Duration.ofSeconds(2));
    assertThat(c.tasks().clustered()).isTrue();
  }

  @Test
  void a_cluster_on_the_embedded_database_is_refused() {
    env.put("ROUNDUP_TASKS_CLUSTERED", "true");
    assertThatThrownBy(() -> Config.load(file, env)).isInstanceOf(ConfigException.class)
        .hasMessageContaining("roundup.tasks.clustered").hasMessageContaining("PostgreSQL");
  }

  @Test
  void an_llm_provider_needs_a_model() {
    env.put("ROUNDUP_LLM_PROVIDER", "openai");
    assertThatThrownBy(() -> Config.load(file, env)).hasMessageContaining("roundup.llm.model");
    env.put("ROUNDUP_LLM_MODEL", "gpt-4o-mini");
    env.put("ROUNDUP_LLM_API_KEY", "sk-very-secret");
    Config c = Config.load(file, env);
    assertThat(c.llm().baseUrl()).isEqualTo("https://api.openai.com");
    assertThat(c.llm().apiKey()).isEqualTo("sk-very-secret");
  }

  @Test
  void token_budgets_are_unlimited_unless_set_and_refuse_a_negative_number() {
    env.put("ROUNDUP_LLM_PROVIDER", "openai");
    env.put("ROUNDUP_LLM_MODEL", "gpt-4o-mini");
    assertThat(Config.load(file, env).llm().budgets()).isEqualTo(TokenBudgets.UNLIMITED);

    env.put("ROUNDUP_LLM_DAILY_TOKENS_PER_WORKSPACE", "2000000");
    env.put("ROUNDUP_LLM_TOKENS_PER_TASK_RUN", "50000");
    assertThat(Config.load(file, env).llm().budgets()).isEqualTo(new TokenBudgets(2_000_000, 50_000));

    env.put("ROUNDUP_LLM_TOKENS_PER_TASK_RUN", "-1");
    assertThatThrownBy(() -> Config.load(file, env))
        .hasMessageContaining("roundup.llm.tokens-per-task-run");
  }

  @Test
  void secrets_never_appear_in_to_string() {
    env.put("SLACK_APP_TOKEN", "xapp-1-topsecret");
    env.put("ROUNDUP_DB_PASSWORD", "dbpass-secret");
    env.put("ROUNDUP_LLM_PROVIDER", "anthropic");
    env.put("ROUNDUP_LLM_MODEL", "claude");
    env.put("ROUNDUP_LLM_API_KEY", "sk-ant-secret");
    String shown = Config.load(file, env).toString();
    assertThat(shown).doesNotContain("xoxb-1-secret", "shh-secret", "topsecret", "dbpass-secret",
        "sk-ant-secret");
  }
}
