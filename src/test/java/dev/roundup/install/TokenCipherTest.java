package dev.roundup.install;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.Base64;
import org.junit.jupiter.api.Test;

public class TokenCipherTest {

  public static String newKey() {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    return Base64.getEncoder().encodeToString(key);
  }

  private static final String TOKEN = "xoxb-1111-2222-abcdefabcdef";

  @Test
  void a_token_reads_back_and_its_ciphertext_never_contains_it() {
    TokenCipher cipher = new TokenCipher(EncryptionKeys.parse(newKey(), ""));

    String stored = cipher.encrypt(TOKEN);

    assertThat(stored).doesNotContain(TOKEN).doesNotContain("xoxb").doesNotContain("abcdefabcdef");
    assertThat(cipher.decrypt(stored)).isEqualTo(TOKEN);
  }

  @Test
  void the_same_token_encrypts_differently_each_time_because_each_value_has_its_own_nonce() {
    TokenCipher cipher = new TokenCipher(EncryptionKeys.parse(newKey(), null));

    assertThat(cipher.encrypt(TOKEN)).isNotEqualTo(cipher.encrypt(TOKEN));
  }

  @Test
  void a_value_names_the_key_that_wrote_it() {
    EncryptionKeys keys = EncryptionKeys.parse(newKey(), null);

    assertThat(new TokenCipher(keys).encrypt(TOKEN)).startsWith("v1:" + keys.currentId() + ":");
  }

  @Test
  void after_a_rotation_values_under_the_old_key_still_read_and_new_ones_use_the_new_key() {
    String oldKey = newKey();
    String newKey = newKey();
    String written = new TokenCipher(EncryptionKeys.parse(oldKey, null)).encrypt(TOKEN);

    TokenCipher rotated = new TokenCipher(EncryptionKeys.parse(newKey, "  " + oldKey + " ,"));

    assertThat(rotated.decrypt(written)).isEqualTo(TOKEN);
    assertThat(rotated.isCurrent(written)).isFalse();
    assertThat(rotated.isCurrent(rotated.encrypt(TOKEN))).isTrue();
  }

  @Test
  void a_value_under_a_key_roundup_no_longer_has_fails_saying_which_key() {
    EncryptionKeys lost = EncryptionKeys.parse(newKey(), null);
    String written = new TokenCipher(lost).encrypt(TOKEN);

    assertThatThrownBy(() -> new TokenCipher(EncryptionKeys.parse(newKey(), null)).decrypt(written))
        .isInstanceOf(TokenCipher.UnreadableToken.class)
        .hasMessageContaining("key " + lost.currentId())
        .hasMessageContaining("ROUNDUP_ENCRYPTION_OLD_KEYS");
  }

  @Test
  void a_changed_ciphertext_is_refused_not_read_as_another_token() {
    TokenCipher cipher = new TokenCipher(EncryptionKeys.parse(newKey(), null));
    String stored = cipher.encrypt(TOKEN);
    byte[] raw = Base64.getDecoder().decode(stored.substring(stored.lastIndexOf(':') + 1));
    raw[raw.length - 1] ^= 1;
    String tampered = stored.substring(0, stored.lastIndexOf(':') + 1) + Base64.getEncoder().encodeToString(raw);

    assertThatThrownBy(() -> cipher.decrypt(tampered)).isInstanceOf(TokenCipher.UnreadableToken.class)
        .hasMessageContaining("does not decrypt");
  }

  @Test
  void a_missing_or_malformed_key_fails_in_one_sentence_that_says_how_to_make_one() {
    assertThatThrownBy(() -> EncryptionKeys.parse(null, null))
        .hasMessage("ROUNDUP_ENCRYPTION_KEY is not set: set it to 32 random bytes in base64 "
            + "(make one with: openssl rand -base64 32).");
    assertThatThrownBy(() -> EncryptionKeys.parse(Base64.getEncoder().encodeToString(new byte[16]), null))
        .hasMessageStartingWith("ROUNDUP_ENCRYPTION_KEY holds 16 bytes, not 32");
    assertThatThrownBy(() -> EncryptionKeys.parse("not base64!", null))
        .hasMessageStartingWith("ROUNDUP_ENCRYPTION_KEY is not valid base64");
    assertThatThrownBy(() -> EncryptionKeys.parse(newKey(), "short"))
        .hasMessageStartingWith("ROUNDUP_ENCRYPTION_OLD_KEYS");
  }
}
