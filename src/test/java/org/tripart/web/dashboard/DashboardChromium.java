package org.tripart.web.dashboard;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The headless Chromium the dashboard's browser tests drive, saving downloads to a folder. */
final class DashboardChromium {
  private DashboardChromium() {}

  /** A new browser with its own profile folder; the caller quits it. */
  static WebDriver start(Path profile, Path downloads) {
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-dev-shm-usage",
        "--window-size=1280,1000",
        "--user-data-dir=" + profile.toAbsolutePath());
    options.setExperimentalOption(
        "prefs",
        Map.of(
            "download.default_directory",
            downloads.toAbsolutePath().toString(),
            "download.prompt_for_download",
            false));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File("/usr/bin/chromedriver"))
            .usingAnyFreePort()
            .build();
    return new ChromeDriver(service, options);
  }

  /**
   * The first file in {@code downloads} whose name ends with {@code extension}, waiting up to 30 s
   * for the browser to finish writing it.
   */
  static Path downloaded(WebDriver driver, Path downloads, String extension) {
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(
            d -> {
              try (Stream<Path> files = Files.list(downloads)) {
                return files.anyMatch(p -> p.toString().endsWith(extension));
              } catch (IOException e) {
                return false;
              }
            });
    try (Stream<Path> files = Files.list(downloads)) {
      return files.filter(p -> p.toString().endsWith(extension)).findFirst().orElseThrow();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
