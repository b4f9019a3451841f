package dev.roundup.install;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The keys tokens are encrypted with: the current one (every write) and the old ones still accepted
 * for reading while a rotation is under way. Each key is known by an id derived from the key itself
 * (the first 8 hex digits of its SHA-256), stored beside every ciphertext, so a reader knows which
 * key to use without trying them all and without anyone having to name keys.
 */
public final class EncryptionKeys {

  /** The variable the current key is read from. */
  public static final String CURRENT_VARIABLE = "ROUNDUP_ENCRYPTION_KEY";
  /** The variable old keys (comma-separated) are read from. */
  public static final String OLD_VARIABLE = "ROUNDUP_ENCRYPTION_OLD_KEYS";
  private static final int KEY_BYTES = 32;

  private final String currentId;
  private final Map<String, SecretKey> byId;

  private EncryptionKeys(String currentId, Map<String, SecretKey> byId) {
    this.currentId = currentId;
    this.byId = byId;
  }

  /**
   * @param current the current key, 32 bytes in base64
   * @param old     the old keys, each 32 bytes in base64, comma-separated; blank for none
   * @throws IllegalArgumentException with one sentence saying which key is wrong and how to make one
   */
  public static EncryptionKeys parse(String current, String old) {
    if (current == null || current.isBlank()) {
      throw new IllegalArgumentException(CURRENT_VARIABLE + " is not set: set it to 32 random bytes in "
          + "base64 (make one with: openssl rand -base64 32).");
    }
    Map<String, SecretKey> keys = new LinkedHashMap<>();
    SecretKey currentKey = decode(current, CURRENT_VARIABLE);
    String currentId = idOf(currentKey);
    keys.put(currentId, currentKey);
    if (old != null) {
      for (String each : old.split(",")) {
        if (!each.isBlank()) {
          SecretKey key = decode(each, OLD_VARIABLE);
          keys.putIfAbsent(idOf(key), key);
        }
      }
    }
    return new EncryptionKeys(currentId, Map.copyOf(keys));
  }

  /** The id of the key every write uses. */
  public String currentId() {
    return currentId;
  }

  SecretKey current() {
    return byId.get(currentId);
  }

  Optional<SecretKey> byId(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** The ids of every key accepted for reading, the current one first. */
  public List<String> ids() {
    List<String> ids = new ArrayList<>();
    ids.add(currentId);
    byId.keySet().stream().filter(id -> !id.equals(currentId)).sorted().forEach(ids::add);
    return ids;
  }

  private static SecretKey decode(String base64, String variable) {
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(base64.trim());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(variable + " is not valid base64: set it to 32 random bytes "
          + "in base64 (make one with: openssl rand -base64 32).");
    }
    if (bytes.length != KEY_BYTES) {
      throw new IllegalArgumentException(variable + " holds " + bytes.length + " bytes, not 32: set it "
          + "to 32 random bytes in base64 (make one with: openssl rand -base64 32).");
    }
    return new SecretKeySpec(bytes, "AES");
  }

  private static String idOf(SecretKey key) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getEncoded());
      return HexFormat.of().formatHex(digest, 0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  @Override
  public String toString() {
    return "EncryptionKeys[current=" + currentId + ", readable=" + ids() + "]"
       ;
  }
}
