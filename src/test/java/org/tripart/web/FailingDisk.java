package org.tripart.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A real ext4 file system in a file, on a loop device, mounted with {@code errors=remount-ro}: a
 * test makes the kernel record a file-system error ({@code /sys/fs/ext4/DEV/trigger_fs_error}), so
 * that the file system turns read-only under a running server exactly as a failing disk turns it,
 * and every write through an open file fails. {@link #repair()} does what an operator does:
 * unmount, {@code e2fsck}, mount again on the same folder. Needs root, loop devices and e2fsprogs;
 * {@link #available()} says whether they work here. Not thread-safe.
 */
final class FailingDisk implements AutoCloseable {
  private Path image;
  private final Path mountPoint;

  private FailingDisk(Path image, Path mountPoint) {
    this.image = image;
    this.mountPoint = mountPoint;
  }

  /**
   * Makes a file system of {@code megabytes} in {@code image} and mounts it on {@code mountPoint}.
   */
  static FailingDisk mount(Path image, Path mountPoint, int megabytes) throws IOException {
    try (var f = new java.io.RandomAccessFile(image.toFile(), "rw")) {
      f.setLength(megabytes * 1024L * 1024L);
    }
    SmallDisk.run("mkfs.ext4", "-q", "-F", image.toString());
    FailingDisk disk = new FailingDisk(image, mountPoint);
    disk.attach();
    return disk;
  }

  /** True when a loop-mounted ext4 file system with error triggers can be made here. */
  static boolean available() {
    try {
      Path folder = Files.createTempDirectory("tripart-loop-probe");
      Path point = Files.createDirectory(folder.resolve("m"));
      try (FailingDisk d = mount(folder.resolve("probe.img"), point, 8)) {
        return Files.exists(d.trigger());
      } finally {
        Files.deleteIfExists(folder.resolve("probe.img"));
        Files.deleteIfExists(point);
        Files.deleteIfExists(folder);
      }
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  Path root() {
    return mountPoint;
  }

  /** The kernel records an error and turns the file system read-only (EROFS on every write). */
  void fail() throws IOException {
    Files.writeString(trigger(), "tripart outage test\\n");
  }

  /** Unmount (lazily: the server still holds files there), check a copy and mount it, writable. */
  void repair() throws IOException {
    SmallDisk.run("umount", "-l", mountPoint.toString());
    Path copy = image.resolveSibling(image.getFileName() + ".repaired");
    Files.copy(image, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    image = copy;
    try {
      SmallDisk.run("e2fsck", "-fy", image.toString());
    } catch (IOException corrected) {
      // e2fsck exits 1 when it corrected the recorded error, which is what it is asked to do
    }
    attach();
  }

  private void attach() throws IOException {
    SmallDisk.run("mount", "-o", "loop,errors=remount-ro", image.toString(), mountPoint.toString());
  }

  private Path trigger() throws IOException {
    String source = null;
    for (String line : Files.readAllLines(Path.of("/proc/mounts"))) {
      String[] f = line.split(" ");
      if (f.length > 1 && f[1].equals(mountPoint.toString())) {
        source = f[0];
      }
    }
    if (source == null) {
      throw new IOException(mountPoint + " is not mounted");
    }
    return Path.of("/sys/fs/ext4", Path.of(source).getFileName().toString(), "trigger_fs_error");
  }

  @Override
  public void close() throws IOException {
    SmallDisk.run("umount", "-l", mountPoint.toString());
  }
}
