package org.tripart.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Set;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.tripart.ErrorCode;
import org.tripart.TripartException;
import org.tripart.fieldwork.Tokens;
import org.tripart.store.InvitationStatus;
import org.tripart.store.Store;
import org.tripart.store.TokenHashes;

/**
 * The server's secrets in its data folder, each in a file only its owner may read (rw-------): the
 * HMAC key of the CSRF tokens ({@code server-secret}) and the clear admin API token ({@code
 * admin-token}), of which the store keeps only the hash. Thread-safe after construction.
 */
final class Secrets {
  static final String ADMIN_TOKEN_FILE = "admin-token";
  static final String SECRET_FILE = "server-secret";
  static final String DEMO_LINK_FILE = "demo-link-token";
  static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

  private final byte[] key;
  private final Path adminTokenFile;
  private final boolean adminTokenCreated;

  private Secrets(byte[] key, Path adminTokenFile, boolean adminTokenCreated) {
    this.key = key;
    this.adminTokenFile = adminTokenFile;
    this.adminTokenCreated = adminTokenCreated;
  }

  /**
   * Reads the secrets in {@code dataDir}, creating what is missing: a new server secret, and a new
   * admin token when the file lacks one or holds one the store does not know (a fresh store).
   */
  static Secrets open(Path dataDir, Store store) {
    try {
      Files.createDirectories(dataDir);
      Path secretFile = dataDir.resolve(SECRET_FILE);
      if (!Files.exists(secretFile)) {
        writeOwnerOnly(secretFile, Tokens.generate());
      }
      byte[] key =
          Files.readString(secretFile, StandardCharsets.UTF_8)
              .strip()
              .getBytes(StandardCharsets.UTF_8);
      Path tokenFile = dataDir.resolve(ADMIN_TOKEN_FILE);
      boolean created = false;
      String existing =
          Files.exists(tokenFile)
              ? Files.readString(tokenFile, StandardCharsets.UTF_8).strip()
              : "";
      if (existing.isEmpty() || store.apiTokenByHash(TokenHashes.hash(existing)).isEmpty()) {
        String token = Tokens.generate();
        store.createApiToken("admin", "admin", TokenHashes.hash(token));
        writeOwnerOnly(tokenFile, token + "\n");
        created = true;
      }
      return new Secrets(key, tokenFile, created);
    } catch (IOException e) {
      throw new TripartException(
          ErrorCode.IO, dataDir.toString(), "cannot keep the server's secrets here: " + e);
    }
  }

  /**
   * The token of the newcomer's demonstration link, kept in {@value #DEMO_LINK_FILE} (readable by
   * the owner only) so that restarting the demo prints the same link instead of adding an
   * invitation each time: reused while the store knows it and its questionnaire is not submitted,
   * else a new one from {@code fresh} (which stores the invitation and returns its clear token).
   */
  static String demoToken(Path dataDir, Store store, Supplier<String> fresh) {
    Path file = dataDir.resolve(DEMO_LINK_FILE);
    try {
      String kept =
          Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8).strip() : "";
      if (!kept.isEmpty()
          && store
              .invitationByTokenHash(Tokens.hash(kept))
              .filter(i -> i.status() != InvitationStatus.COMPLETED)
              .isPresent()) {
        return kept;
      }
      String token = fresh.get();
      writeOwnerOnly(file, token + "\n");
      return token;
    } catch (IOException e) {
      throw new TripartException(
          ErrorCode.IO, file.toString(), "cannot keep the demonstration link here: " + e);
    }
  }

  Path adminTokenFile() {
    return adminTokenFile;
  }

  boolean adminTokenCreated() {
    return adminTokenCreated;
  }

  /** The CSRF token of a form bound to {@code subject} (an invitation id or open-link key). */
  String csrfToken(String subject) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      byte[] tag = mac.doFinal(("csrf:" + subject).getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(tag);
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("every Java platform provides HmacSHA256", e);
    }
  }

  /**
   * The pseudonym secret of a study's de-identified exports: HMAC-SHA256(server secret, study id),
   * 32 bytes. The same study always gets the same secret on this server, so pseudonyms stay stable
   * across exports, and the secret of one study says nothing about another's.
   */
  byte[] studySecret(String study) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(study.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("every Java platform provides HmacSHA256", e);
    }
  }

  /** Whether {@code given} is the CSRF token of {@code subject}, compared in constant time. */
  boolean csrfMatches(String subject, String given) {
    if (given == null) {
      return false;
    }
    return MessageDigest.isEqual(
        csrfToken(subject).getBytes(StandardCharsets.US_ASCII),
        given.getBytes(StandardCharsets.UTF_8));
  }

  /** Writes the file so that no other user can read it at any instant, then moves it in place. */
  private static void writeOwnerOnly(Path file, String content) throws IOException {
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    Files.deleteIfExists(tmp);
    try {
      Files.createFile(tmp, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
    } catch (UnsupportedOperationException e) {
      Files.createFile(tmp);
    } catch (FileAlreadyExistsException e) {
      throw new IOException("another process is writing " + tmp, e);
    }
    Files.writeString(tmp, content, StandardCharsets.UTF_8, StandardOpenOption.WRITE);
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
