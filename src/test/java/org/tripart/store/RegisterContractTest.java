package org.tripart.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.tripart.ErrorCode;

/**
 * The registers of all three sectors in one table: sectors and names per language stored and read
 * back, and the replacement of some sectors' registers leaving the others alone. Run on each {@link
 * Database}, each test on an empty store.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(Database.class)
class RegisterContractTest {
  @Parameter Database database;
  @TempDir Path folder;
  private String location;

  static final String STUDY = "ai-collab";
  private static final Instant LATER = Instant.parse("2030-01-01T00:00:00Z");

  private static final Institution H1 =
      new Institution("H1", "Xiehe", "11", "tertiary", "hospital");
  private static final Institution H2 =
      new Institution("H2", "Ruijin", "31", "secondary", "hospital");
  private static final Institution U1 =
      new Institution(
          "U1", "Tsinghua", "11", "other", "university", "institution", Map.of("zh", "清华大学"));
  private static final Institution C1 =
      company("C1", "Acme AI", Map.of("zh", "阿克米智能", "en", "Acme AI Ltd"));
  private static final Institution C2 = company("C2", "Beta Imaging", Map.of());

  private final List<Store> opened = new ArrayList<>();
  Store store;
  Jdbi jdbi;

  @BeforeEach
  void freshStore() {
    location = database.freshLocation(folder);
  }

  /** The location of this test's store (a file path or a PostgreSQL URL); the same every call. */
  String location() {
    return location;
  }

  /** The statements that make the database refuse every INSERT into the audit log. */
  List<String> refuseAuditRows() {
    return database.refuseAuditRows();
  }

  private static Institution company(String id, String name, Map<String, String> names) {
    return new Institution(id, name, "44", "other", "ai software company", "company", names);
  }

  void open() {
    store = Stores.open(location());
    opened.add(store);
    jdbi = ((JdbiStore) store).jdbi();
    store.createStudy(STUDY, "{\"en\":\"A\"}");
    store.importInstitutions(STUDY, List.of(H1, H2, U1, C1, C2));
  }

  @AfterEach
  void closeStores() {
    opened.forEach(Store::close);
    database.release(location);
  }

  private static Function<RegisterChange, NewAuditEntry> audited() {
    return c ->
        new NewAuditEntry(
            "user:1",
            "institutions.import",
            STUDY,
            null,
            "{\"sectors\":\""
                + String.join(" ", c.sectors())
                + "\",\"removed\":"
                + c.removed()
                + "}",
            null,
            null);
  }

  @Test
  void sectorsAndNamesPerLanguageAreStoredAndReadBackAndAPlainRowIsAHospital() {
    open();

    assertThat(store.institutions(STUDY)).containsExactly(C1, C2, H1, H2, U1);
    Institution c1 = store.institutions(STUDY).get(0);
    assertThat(c1.sector()).isEqualTo("company");
    assertThat(c1.names()).containsExactlyInAnyOrderEntriesOf(C1.names());
    assertThat(store.institutions(STUDY).get(2).sector()).isEqualTo("hospital");
    assertThat(store.institutions(STUDY).get(2).names()).isEmpty();
    Long nullNames =
        jdbi.withHandle(
            h ->
                h.createQuery("SELECT COUNT(*) FROM institutions WHERE names_json IS NULL")
                    .mapTo(Long.class)
                    .one());
    assertThat(nullNames).isEqualTo(3);
  }

  @Test
  void oneOrganisationIsFoundByIdAndAReplacedRegisterIsSeenAtOnce() {
    open();

    assertThat(store.institution(STUDY, "C1")).contains(C1);
    assertThat(store.institution(STUDY, "H2")).contains(H2);
    assertThat(store.institution(STUDY, "NOPE")).isEmpty();
    assertThat(store.institution("another-study", "C1")).isEmpty();

    Institution renamed = company("C1", "Acme Medical AI", Map.of());
    store.replaceInstitutions(STUDY, List.of(renamed), audited());

    assertThat(store.institution(STUDY, "C1")).contains(renamed);
    assertThat(store.institution(STUDY, "C2")).isEmpty();
    assertThat(store.institution(STUDY, "H1")).contains(H1);
  }

  @Test
  void theDatabaseDefaultsToHospitalAndRefusesAnUnknownSector() {
    open();
    jdbi.useHandle(
        h ->
            h.execute(
                "INSERT INTO institutions (study_id, id, name, province_code, tier, type)"
                    + " VALUES ('ai-collab', 'OLD', 'Old', '11', 'primary', 'hospital')"));

    assertThat(store.institutions(STUDY))
        .filteredOn(i -> i.id().equals("OLD"))
        .extracting(Institution::sector)
        .containsExactly("hospital");
    assertThatThrownBy(
            () ->
                jdbi.useHandle(
                    h ->
                        h.execute(
                            "INSERT INTO institutions"
                                + " (study_id, id, name, province_code, tier, type, sector)"
                                + " VALUES ('ai-collab', 'X', 'X', '11', 'other', 'x', 'pharmacy')")))
        .hasMessageContaining("institutions_sector_known");
  }

  @Test
  void anUnknownSectorOrABlankNameInALanguageIsRefusedBeforeAnythingIsWritten() {
    open();
    Institution pharmacy =
        new Institution("P1", "Pharmacy", "11", "other", "pharmacy", "pharmacy", Map.of());
    Institution blankZh = company("C9", "Nine", Map.of("zh", " "));

    assertThatThrownBy(() -> store.importInstitutions(STUDY, List.of(pharmacy)))
        .isInstanceOf(InvalidRecordException.class)
        .hasMessageContaining("#1 (P1)")
        .hasMessageContaining("sector");
    assertThatThrownBy(() -> store.replaceInstitutions(STUDY, List.of(blankZh), c -> null))
        .isInstanceOf(InvalidRecordException.class)
        .hasMessageContaining("name in zh");
    assertThat(store.institutions(STUDY)).hasSize(5);
  }

  @Test
  void replacingTheCompaniesUpdatesAddsAndRemovesCompaniesOnlyWithOneAuditRow() {
    open();
    Institution renamed = company("C1", "Acme Medical AI", Map.of("zh", "阿克米医疗智能"));
    Institution c3 = company("C3", "Gamma", Map.of("en", "Gamma Ltd"));

    RegisterChange change = store.replaceInstitutions(STUDY, List.of(c3, renamed), audited());

    assertThat(change).isEqualTo(new RegisterChange(List.of("company"), 1, 1, 0, 1));
    assertThat(store.institutions(STUDY)).containsExactly(renamed, c3, H1, H2, U1);
    assertThat(store.audit(STUDY))
        .extracting(AuditEntry::action, AuditEntry::detailJson)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "institutions.import", "{\"sectors\":\"company\",\"removed\":1}"));
  }

  @Test
  void replacingTwoSectorsAtOnceCountsTheUnchangedAndLeavesTheThird() {
    open();

    RegisterChange change = store.replaceInstitutions(STUDY, List.of(H2, C1), c -> null);

    assertThat(change).isEqualTo(new RegisterChange(List.of("hospital", "company"), 0, 0, 2, 2));
    assertThat(change.listed()).isEqualTo(2);
    assertThat(store.institutions(STUDY)).containsExactly(C1, H2, U1);
  }

  @Test
  void anOrganisationInvitedOrNamedAsAPartnerIsNotRemovedAndNothingChanges() {
    open();
    store.createInvitations(
        STUDY,
        "clinician",
        "wave1",
        List.of(
            new NewInvitation("i1", "H1", TokenHashes.hash("t1"), LATER),
            new NewInvitation("i2", null, TokenHashes.hash("t2"), LATER)));
    store.submit(
        "i2",
        "{\"partners\":[{\"id\":\"C2\",\"kind\":[\"joint_project\"]},{\"other\":\"C1\"}]}",
        1,
        "k2");

    assertThatThrownBy(() -> store.replaceInstitutions(STUDY, List.of(H2), audited()))
        .isInstanceOf(RegisterConflictException.class)
        .hasMessageStartingWith(ErrorCode.REGISTER_IN_USE.code())
        .hasMessageContaining("invitations are addressed to them: H1");
    assertThatThrownBy(() -> store.replaceInstitutions(STUDY, List.of(C1), audited()))
        .isInstanceOf(RegisterConflictException.class)
        .hasMessageContaining("stored responses name them as partners: C2");
    assertThat(store.replaceInstitutions(STUDY, List.of(C2), c -> null).removed()).isEqualTo(1);
    assertThat(store.institutions(STUDY)).containsExactly(C2, H1, H2, U1);
    assertThat(store.audit(STUDY)).isEmpty();
  }

  @Test
  void anOrganisationCannotMoveToAnotherSector() {
    open();
    Institution moved =
        new Institution("U1", "Tsinghua", "11", "other", "company", "company", Map.of());

    assertThatThrownBy(() -> store.replaceInstitutions(STUDY, List.of(C1, C2, moved), audited()))
        .isInstanceOf(RegisterConflictException.class)
        .hasMessageStartingWith(ErrorCode.REGISTER_SECTOR_CHANGE.code())
        .hasMessageContaining("#3 (U1)")
        .hasMessageContaining("stored in the institution register, not the company register");
    assertThat(store.institutions(STUDY)).containsExactly(C1, C2, H1, H2, U1);
  }

  @Test
  void aReplacementWhoseAuditRowIsRefusedChangesNothing() {
    open();
    jdbi.useHandle(h -> refuseAuditRows().forEach(h::execute));

    assertThatThrownBy(
            () ->
                store.replaceInstitutions(STUDY, List.of(company("C3", "G", Map.of())), audited()))
        .isInstanceOf(StoreUnavailableException.class);
    assertThat(store.institutions(STUDY)).containsExactly(C1, C2, H1, H2, U1);
  }

  @Test
  void anEmptyListOrAnUnknownStudyReplacesNothing() {
    open();

    assertThatThrownBy(() -> store.replaceInstitutions(STUDY, List.of(), c -> null))
        .isInstanceOf(InvalidRecordException.class)
        .hasMessageContaining("no sector");
    assertThatThrownBy(() -> store.replaceInstitutions("nope", List.of(C1), c -> null))
        .isInstanceOf(UnknownRecordException.class);
    assertThat(store.institutions(STUDY)).hasSize(5);
  }
}
