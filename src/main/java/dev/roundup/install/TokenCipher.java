package dev.roundup.install;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Encrypts tokens for the database with AES-256-GCM: a fresh random 12-byte nonce per value, the
 * 128-bit tag checked on every read. A stored value reads {@code v1:<key id>:<base64(nonce ‖
 * ciphertext ‖ tag)>}, so a row says which key wrote it and a rotation can find the rows left under
 * an old key.
 */
public final class TokenCipher {

  private static final String VERSION = "v1";
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;

  private final EncryptionKeys keys;
  private final SecureRandom random = new SecureRandom();

  public TokenCipher(EncryptionKeys keys) {
    this.keys = keys;
  }

  /** The value to store for {@code token}; null stays null (an absent token is not a secret). */
  public String encrypt(String token) {
    if (token == null) {
      return null;
    }
    byte[] nonce = new byte[NONCE_BYTES];
    random.nextBytes(nonce);
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, keys.current(), new GCMParameterSpec(TAG_BITS, nonce));
      byte[] sealed = cipher.doFinal(token.getBytes(StandardCharsets.UTF_8));
      byte[] out = ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
      return VERSION + ":" + keys.currentId() + ":" + Base64.getEncoder().encodeToString(out);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is part of every JDK", e);
    }
  }

  /**
   * The token a stored value holds; null stays null.
   *
   * @throws UnreadableToken when the value was written under a key Roundup no longer has, or does
   *                         not decrypt (another key with the same id cannot happen; a changed row can)
   */
  public String decrypt(String stored) {
    if (stored == null) {
      return null;
    }
    String[] parts = stored.split(":", 3);
    if (parts.length != 3 || !parts[0].equals(VERSION)) {
      throw new UnreadableToken("a stored token is not in Roundup's encrypted form");
    }
    SecretKey key = keys.byId(parts[1]).orElseThrow(() -> new UnreadableToken("a stored token was "
        + "encrypted with key " + parts[1] + ", which is neither " + EncryptionKeys.CURRENT_VARIABLE
        + " nor one of " + EncryptionKeys.OLD_VARIABLE + " (keys known: " + keys.ids() + ")"));
    try {
      byte[] all = Base64.getDecoder().decode(parts[2]);
      if (all.length <= NONCE_BYTES) {
        throw new UnreadableToken("a stored token is truncated");
      }
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
      return new String(cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES), StandardCharsets.UTF_8);
    } catch (AEADBadTagException | IllegalArgumentException e) {
      throw new UnreadableToken("a stored token under key " + parts[1] + " does not decrypt: it was "
          + "changed in the database");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is part of every JDK", e);
    }
  }

  /** Whether a stored value was written under the current key (null counts as current: nothing to do). */
  public boolean isCurrent(String stored) {
    return stored == null || stored.startsWith(VERSION + ":" + keys.currentId() + ":");
  }

  /** A stored token Roundup cannot read; the message says why, in one sentence. */
  public static final class UnreadableToken extends RuntimeException {
    public UnreadableToken(String message) {
      super(message);
    }
  }
}
