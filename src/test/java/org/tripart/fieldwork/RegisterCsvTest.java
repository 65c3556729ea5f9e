package org.tripart.fieldwork;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tripart.ErrorCode;
import org.tripart.instrument.LocalizedText;
import org.tripart.instrument.Sector;

class RegisterCsvTest {
  private static List<Institution> parse(String text) {
    return RegisterCsv.parse(new StringReader(text), "hospitals.csv");
  }

  private static RegisterException problems(String text) {
    return catchThrowableOfType(RegisterException.class, () -> parse(text));
  }

  @Test
  void aValidRegisterGivesOneInstitutionPerRow() {
    List<Institution> institutions =
        parse(
            "\uFEFFid,name,province_code,tier,type\r\n"
                + "H001,Peking Union Medical College Hospital,11,tertiary,hospital\r\n"
                + "\r\n"
                + "H002,\"Hospital, Guangzhou\",44, Secondary ,hospital\r\n"
                + "U01,\"Line one\nline two\",65,other,\r\n");

    assertThat(institutions)
        .containsExactly(
            new Institution(
                "H001", "Peking Union Medical College Hospital", "11", Tier.TERTIARY, "hospital"),
            new Institution("H002", "Hospital, Guangzhou", "44", Tier.SECONDARY, "hospital"),
            new Institution("U01", "Line one\nline two", "65", Tier.OTHER, ""));
  }

  @Test
  void theColumnsMayComeInAnyOrder() {
    assertThat(parse("tier,type,id,province_code,name\nprimary,clinic,C1,53,Village clinic\n"))
        .containsExactly(new Institution("C1", "Village clinic", "53", Tier.PRIMARY, "clinic"));
  }

  @Test
  void everyProblemOfEveryRowIsListedWithLineAndColumn() {
    RegisterException e =
        problems(
            "id,name,province_code,tier,type\n"
                + "H1,First,44,tertiary,hospital\n"
                + "H2,Second,71,tertiary,hospital\n"
                + "H1,Third,44,grade 3,hospital\n"
                + "H4,,11,secondary,hospital\n"
                + "H5,Fifth,11,secondary\n"
                + ",Sixth,,,hospital\n");

    assertThat(e.problems())
        .extracting(RegisterProblem::line, RegisterProblem::column, RegisterProblem::columnName)
        .containsExactly(
            tuple(3, 3, "province_code"),
            tuple(4, 1, "id"),
            tuple(4, 4, "tier"),
            tuple(5, 2, "name"),
            tuple(6, 0, ""),
            tuple(7, 1, "id"),
            tuple(7, 3, "province_code"),
            tuple(7, 4, "tier"));
    assertThat(e.code()).isEqualTo(ErrorCode.REGISTER_FORMAT);
    assertThat(e.getMessage())
        .startsWith("TRP-0600 hospitals.csv: 8 problems in the institution register")
        .contains("line 3, column 3 (province_code): '71' is not the two-digit GB/T 2260 code")
        .contains("line 4, column 1 (id): the id 'H1' is already used on line 2")
        .contains("line 4, column 4 (tier): 'grade 3' is not a tier")
        .contains("line 6: the row has 4 fields where the header has 5");
  }

  @Test
  void valueProblemsAloneCarryTheValueCode() {
    RegisterException e = problems("id,name,province_code,tier,type\nH1,A,44,none,hospital\n");

    assertThat(e.code()).isEqualTo(ErrorCode.REGISTER_VALUE);
    assertThat(e.getMessage())
        .isEqualTo(
            "TRP-0601 hospitals.csv: 1 problem in the institution register; nothing was loaded:"
                + System.lineSeparator()
                + "  line 2, column 4 (tier): 'none' is not a tier; use primary, secondary,"
                + " tertiary or other");
  }

  @Test
  void lineNumbersCountTheLinesInsideQuotedValues() {
    RegisterException e =
        problems(
            "id,name,province_code,tier,type\n"
                + "H1,\"Two\nlines\",44,tertiary,hospital\n"
                + "H2,Next,99,tertiary,hospital\n");

    assertThat(e.problems()).extracting(RegisterProblem::line).containsExactly(4);
  }

  @Test
  void aHeaderThatLacksNamesTwiceOrMisspellsAColumnIsReported() {
    RegisterException e = problems("id,name,province,tier,tier\nH1,A,44,primary,primary\n");

    assertThat(e.code()).isEqualTo(ErrorCode.REGISTER_FORMAT);
    assertThat(e.getMessage()).startsWith("TRP-0600 hospitals.csv: ");
    assertThat(e.problems())
        .extracting(RegisterProblem::line, RegisterProblem::column, RegisterProblem::message)
        .containsExactly(
            tuple(
                1,
                3,
                "unknown column 'province'; the header must name the columns"
                    + " id,name,province_code,tier,type and may add sector and name_<language>"
                    + " columns (name_zh, name_en)"),
            tuple(1, 5, "column 'tier' is named twice (first in column 4)"),
            tuple(
                1,
                0,
                "the header lacks the column 'province_code'; the first line must be the header"
                    + " id,name,province_code,tier,type"),
            tuple(
                1,
                0,
                "the header lacks the column 'type'; the first line must be the header"
                    + " id,name,province_code,tier,type"));
  }

  @Test
  void anEmptyFileAndAHeaderWithoutRowsAreRefused() {
    assertThat(problems("").problems())
        .extracting(RegisterProblem::message)
        .containsExactly(
            "the file is empty; its first line must be the header id,name,province_code,tier,type");
    assertThat(problems("id,name,province_code,tier,type\n").problems())
        .extracting(RegisterProblem::message)
        .containsExactly("the register lists no institutions below its header");
  }

  @Test
  void anUnclosedQuoteIsAFormatProblem() {
    RegisterException e =
        problems(
            "id,name,province_code,tier,type\n"
                + "H1,Good,44,tertiary,hospital\n"
                + "H2,\"Bad\"x,44,tertiary,hospital\n");

    assertThat(e.code()).isEqualTo(ErrorCode.REGISTER_FORMAT);
    assertThat(e.problems()).hasSize(1);
    assertThat(e.problems().get(0).line()).isEqualTo(3);
    assertThat(e.problems().get(0).message()).contains("double quotes");
  }

  @Test
  void aFileThatIsNotUtf8IsRefusedWithAHint(@TempDir Path dir) throws IOException {
    Path gbk = dir.resolve("hospitals.csv");
    Files.write(
        gbk,
        "id,name,province_code,tier,type\nH1,北京协和医院,11,tertiary,hospital\n"
            .getBytes(Charset.forName("GBK")));

    assertThatThrownBy(() -> RegisterCsv.read(gbk))
        .isInstanceOf(RegisterException.class)
        .hasMessageContaining("is not UTF-8 text; save it as \"CSV UTF-8\"");
  }

  @Test
  void aUtf8FileIsReadFromDisk(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("hospitals.csv");
    Files.writeString(
        file,
        "id,name,province_code,tier,type\nH1,北京协和医院,11,tertiary,hospital\n",
        StandardCharsets.UTF_8);

    assertThat(RegisterCsv.read(file))
        .containsExactly(new Institution("H1", "北京协和医院", "11", Tier.TERTIARY, "hospital"));
  }

  @Test
  void aRegisterWithoutASectorColumnIsOfHospitalsWithOnlyTheirDefaultName() {
    Institution h = parse("id,name,province_code,tier,type\nH1,A,44,tertiary,hospital\n").get(0);

    assertThat(h.sector()).isEqualTo(Sector.HOSPITAL);
    assertThat(h.names()).isEqualTo(LocalizedText.EMPTY);
    assertThat(h.name("zh")).isEqualTo("A");
  }

  @Test
  void sectorAndNamesPerLanguageAreReadAndABlankNameCellMeansNoNameInThatLanguage() {
    List<Institution> rows =
        parse(
            "id,sector,name,name_zh,name_en,province_code,tier,type\n"
                + "U1,institution,Tsinghua University,清华大学,,11,other,university\n"
                + "C1, Company ,Acme AI,,Acme AI Ltd,31,OTHER,ai software company\n"
                + "H1,hospital,Ruijin,瑞金医院,Ruijin Hospital,31,tertiary,hospital\n");

    assertThat(rows)
        .containsExactly(
            new Institution(
                "U1",
                "Tsinghua University",
                "11",
                Tier.OTHER,
                "university",
                Sector.INSTITUTION,
                new LocalizedText(Map.of("zh", "清华大学"))),
            new Institution(
                "C1",
                "Acme AI",
                "31",
                Tier.OTHER,
                "ai software company",
                Sector.COMPANY,
                new LocalizedText(Map.of("en", "Acme AI Ltd"))),
            new Institution(
                "H1",
                "Ruijin",
                "31",
                Tier.TERTIARY,
                "hospital",
                Sector.HOSPITAL,
                LocalizedText.of("Ruijin Hospital", "瑞金医院")));
    assertThat(rows.get(0).name("zh")).isEqualTo("清华大学");
    assertThat(rows.get(0).name("en")).isEqualTo("Tsinghua University");
    assertThat(rows.get(2).names().texts().keySet()).containsExactly("zh", "en");
  }

  @Test
  void aBadOrBlankSectorAndAHospitalTierOutsideHospitalsAreReportedWithLineAndColumn() {
    RegisterException e =
        problems(
            "id,name,province_code,tier,type,sector\n"
                + "U1,Uni,11,other,university,university\n"
                + "C1,Acme,31,tertiary,company,company\n"
                + "H1,Ruijin,31,tertiary,hospital,\n"
                + "H2,Huashan,31,tertiary,hospital,hospital\n");

    assertThat(e.code()).isEqualTo(ErrorCode.REGISTER_VALUE);
    assertThat(e.problems())
        .extracting(RegisterProblem::line, RegisterProblem::column, RegisterProblem::message)
        .containsExactly(
            tuple(2, 6, "'university' is not a sector; use hospital, institution or company"),
            tuple(
                3,
                4,
                "'tertiary' is a hospital tier, but the row is of the sector company; use other"),
            tuple(4, 6, "the sector is missing; use hospital, institution or company"));
  }

  @Test
  void aNameColumnWithoutALanguageTagOrNamedTwiceIsAFormatProblem() {
    RegisterException e =
        problems(
            "id,name,province_code,tier,type,name_,name_ZH,name_zh,name_zh\n"
                + "H1,A,44,tertiary,hospital,x,y,z,w\n");

    assertThat(e.code()).isEqualTo(ErrorCode.REGISTER_FORMAT);
    assertThat(e.problems())
        .extracting(RegisterProblem::column, RegisterProblem::message)
        .containsExactly(
            tuple(
                6,
                "'' is not a language tag; name the column name_ and a lowercase language code,"
                    + " for example name_zh or name_en"),
            tuple(
                7,
                "'ZH' is not a language tag; name the column name_ and a lowercase language code,"
                    + " for example name_zh or name_en"),
            tuple(9, "column 'name_zh' is named twice (first in column 8)"));
  }

  @Test
  void aWrittenRegisterIsReadBackToTheSameInstitutions() {
    List<Institution> register =
        List.of(
            new Institution("H1", "Ruijin, \"East\"", "31", Tier.TERTIARY, "hospital"),
            new Institution(
                "U1",
                "Fudan",
                "31",
                Tier.OTHER,
                "university",
                Sector.INSTITUTION,
                new LocalizedText(Map.of("zh", "复旦大学"))),
            new Institution(
                "C1",
                "Acme",
                "44",
                Tier.OTHER,
                "",
                Sector.COMPANY,
                LocalizedText.of("Acme AI Ltd", "阿克米")));

    String csv = RegisterCsv.write(register);

    assertThat(csv)
        .startsWith("id,name,province_code,tier,type,sector,name_zh,name_en\n")
        .contains("H1,\"Ruijin, \"\"East\"\"\",31,tertiary,hospital,hospital,,\n");
    assertThat(parse(csv)).isEqualTo(register);
  }

  @Test
  void aMissingFileIsReportedWithoutAStackTrace(@TempDir Path dir) {
    RegisterException e =
        catchThrowableOfType(
            RegisterException.class, () -> RegisterCsv.read(dir.resolve("absent.csv")));

    assertThat(e.code()).isEqualTo(ErrorCode.REGISTER_FORMAT);
    assertThat(e.getMessage()).contains("absent.csv").contains("cannot be read");
  }
}
