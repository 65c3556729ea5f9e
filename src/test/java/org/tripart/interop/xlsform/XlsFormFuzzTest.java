package org.tripart.interop.xlsform;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.tripart.FuzzContract;

/**
 * Fuzzes the XLSForm importer: the bytes as an .xlsx upload (POI's zip and OLE2 readers), and as a
 * .csv (the CSV and Markdown-table flavours).
 */
class XlsFormFuzzTest {
  @FuzzTest(maxDuration = "3m")
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void anyWorkbookIsImportedOrRefused(byte[] data) {
    FuzzContract.holds(() -> new XlsForm().read(data, "fuzz.xlsx"));
    FuzzContract.holds(() -> new XlsForm().read(data, "fuzz.csv"));
  }
}
