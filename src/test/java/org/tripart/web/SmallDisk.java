package org.tripart.web;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real, small file system for outage tests: a tmpfs of a few megabytes mounted on a temporary
 * folder, which a test fills to the last byte or remounts read-only under a running server, so that
 * SQLite meets the operating system's own ENOSPC and EROFS. Needs {@code mount} and the privilege
 * to use it (root in the CI container); {@link #available()} says whether it works here. Not
 * thread-safe; {@link #close()} unmounts.
 */
final class SmallDisk implements AutoCloseable {
  private final Path mountPoint;
  private final Path filler;

  private SmallDisk(Path mountPoint) {
    this.mountPoint = mountPoint;
    this.filler = mountPoint.resolve("filler");
  }

  /** Mounts a tmpfs of {@code megabytes} on {@code mountPoint} (an empty folder). */
  static SmallDisk mount(Path mountPoint, int megabytes) throws IOException {
    run("mount", "-t", "tmpfs", "-o", "size=" + megabytes + "m", "tmpfs", mountPoint.toString());
    return new SmallDisk(mountPoint);
  }

  /** True when this process may mount a tmpfs (tried on a throw-away folder). */
  static boolean available() {
    try {
      Path probe = Files.createTempDirectory("tripart-mount-probe");
      try {
        run("mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", probe.toString());
        run("umount", probe.toString());
        return true;
      } finally {
        Files.deleteIfExists(probe);
      }
    } catch (IOException e) {
      return false;
    }
  }

  Path root() {
    return mountPoint;
  }

  /** Writes a filler file until the file system answers "no space left on device". */
  void fill() throws IOException {
    byte[] block = new byte[64 * 1024];
    try (OutputStream out = Files.newOutputStream(filler)) {
      while (true) {
        out.write(block);
      }
    } catch (IOException full) {
      if (!String.valueOf(full.getMessage()).contains("No space left")) {
        throw full;
      }
    }
    try (OutputStream out =
        Files.newOutputStream(filler, java.nio.file.StandardOpenOption.APPEND)) {
      for (int i = 0; i < 64 * 1024; i++) {
        out.write(0);
        out.flush();
      }
    } catch (IOException expected) {
      // the last bytes: now no block is free
    }
  }

  /** Removes the filler file, giving the space back. */
  void free() throws IOException {
    Files.deleteIfExists(filler);
  }

  @Override
  public void close() throws IOException {
    run("umount", "-l", mountPoint.toString());
  }

  static void run(String... command) throws IOException {
    Process p = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
    try {
      String out = new String(p.getInputStream().readAllBytes());
      if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
        throw new IOException(String.join(" ", command) + " failed: " + out.strip());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }
}
