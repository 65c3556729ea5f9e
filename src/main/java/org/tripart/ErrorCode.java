package org.tripart;

/**
 * Stable codes of the failures Tripart reports. A code never changes meaning once released, so that
 * users and scripts can search for it; new failures get new codes. Ranges: 0001-0099 instruments,
 * 0100-0199 data files and datasets, 0200-0299 synthetic data, 0300-0399 published tables and
 * audits, 0400-0499 statistics, 0500-0599 command line, 0600-0699 fieldwork and capture, 0700-0799
 * storage, 0800-0899 web server and HTTP API, 0900-0999 exports and disclosure control.
 */
public enum ErrorCode {
  // instruments 0001-0099
  YAML_SYNTAX(1, "the file is not well-formed YAML"),
  INSTRUMENT_STRUCTURE(2, "a required key is missing or has the wrong kind of value"),
  DUPLICATE_ITEM(3, "an item id is defined twice"),
  DUPLICATE_OPTION(4, "an option code is defined twice in one item"),
  UNKNOWN_ITEM_TYPE(5, "an item type is not one Tripart knows"),
  INVALID_IDENTIFIER(6, "an id or code does not have the allowed form"),
  MISSING_LABEL(7, "a label is missing for one of the instrument's languages"),
  INVALID_RANGE(8, "a numeric range is empty or malformed"),
  SKIP_LOGIC_SYNTAX(9, "a skip-logic expression cannot be parsed"),
  SKIP_LOGIC_REFERENCE(10, "a skip-logic expression names an unknown or later item or option"),
  OPTIONS_NOT_ALLOWED(11, "options given for an item type that has none, or missing where needed"),
  UNKNOWN_KEY(12, "a key that Tripart does not know (often a typo)"),
  UNKNOWN_ITEM(13, "an item id that the instrument does not define"),
  UNKNOWN_OPTION(14, "an option code that the item does not define"),
  // instruments: reserved for the instrument work, add here
  NOT_FOR_ITEM_TYPE(15, "a key the item's type does not take (exclusive, range, fills)"),
  DUPLICATE_SECTION(16, "a section id is defined twice"),
  SKIP_LOGIC_TYPE(17, "a skip-logic comparison does not suit the type of the item it reads"),
  INVALID_FILLS(18, "an institution item fills an unknown, unsuitable or its own item"),
  CALCULATION_SYNTAX(19, "a calculation cannot be parsed"),
  CALCULATION_REFERENCE(
      20, "a calculation names an unknown or later item, or one whose answers are not numbers"),

  // data files and datasets 0100-0199
  CSV_SYNTAX(100, "the CSV file is malformed (quotes, field counts)"),
  CSV_HEADER(101, "a CSV header names an unknown, duplicate or missing column"),
  CSV_VALUE(102, "a CSV value is not valid for its item"),
  IO(103, "a file cannot be read or written"),
  // data: reserved for the dataset work, add here

  // synthetic data 0200-0299
  INVALID_TARGET(200, "a synthesis target is malformed or cannot be met"),
  // synth: reserved for the synthetic-data work, add here
  SYNTHESIS_SETTINGS(
      201, "the settings of a synthesis (respondents, ids, institutions) are invalid"),

  // published tables and audits 0300-0399
  PUBLISHED_TABLE(300, "a table of published figures is malformed"),
  // audit: reserved for the audit work, add here
  AUDIT_GROUP_SIZE(301, "a group size the audit needs is missing or not positive"),

  // statistics 0400-0499
  STATISTICS_INPUT(400, "a statistic was asked of data it cannot be computed on"),
  ITEM_ACROSS_GROUPS(
      401, "an item compared across groups is missing from a group or differs between groups"),
  // statistics: design-based models 0410-0429
  MODEL_INPUT(
      410,
      "a model's inputs do not fit together (lengths, column names, rows, degrees of freedom)"),
  MODEL_OUTCOME(411, "a model's outcome has values its family does not allow"),
  MODEL_ALIASED(412, "a model column is constant or a linear combination of the columns before it"),
  MODEL_SEPARATION(413, "a logistic model's fitted probabilities are numerically 0 or 1"),
  MODEL_NOT_CONVERGED(414, "a model's iterative fit did not converge"),
  // ordinal regression (svyolr) 0430-0439
  ORDINAL_OUTCOME(
      430, "an ordinal outcome has fewer than three levels, a level without rows or a bad code"),
  ORDINAL_COVARIATE(431, "a covariate of a regression is constant or aliased with others"),
  ORDINAL_NOT_CONVERGED(432, "an ordinal regression did not converge in its iterations"),
  ORDINAL_SEPARATION(433, "an ordinal regression's coefficients diverge (separation)"),
  ORDINAL_INPUT(434, "an ordinal regression was given arrays of the wrong shape or settings"),
  // replicate weights 0440-0459
  REPLICATE_WEIGHTS(
      440, "a replicate weight column is missing, negative, NaN or has the wrong number of rows"),
  REPLICATE_TYPE(
      441, "replicate weights do not suit their declared type (scale, rscales, rho, columns)"),
  REPLICATE_CONVERSION(442, "a design cannot be turned into replicate weights of the asked type"),
  REPLICATE_ESTIMATE(443, "an estimate cannot be made on a replicate design (empty domain)"),
  ESTIMAND_EMPTY_DOMAIN(460, "a design-based estimate was asked of a domain with no usable rows"),
  RATIO_ZERO_DENOMINATOR(461, "a design-based ratio has a denominator total of zero"),
  // 462 is retired, never to be reused: QUANTILE_NOT_NUMERIC was declared with the calibration
  // codes but never thrown nor printed; a quantile of a non-numeric item is TRP-1703
  // (QUANTILE_NOT_NUMERIC_ITEM).
  CONTRAST_UNKNOWN_TERM(
      463, "a contrast names a domain level or item that the domain estimates do not have"),
  CALIBRATION_FAILED(
      464, "a calibration did not reach the population totals within its bounds and iterations"),
  CALIBRATION_INPUT(465, "a calibration's model matrix or population totals do not fit the sample"),
  // model tables and the model API 1750-1769
  MODEL_LAYOUT(
      1750, "a fitted model's coefficient does not match the covariate terms it was fitted with"),

  // fieldwork and capture 0600-0699
  REGISTER_FORMAT(
      600, "the institution register is not a readable CSV file with the required header"),
  REGISTER_VALUE(
      601, "a row of the institution register has a missing, invalid or duplicate value"),
  // fieldwork and capture: reserved for the fieldwork and capture work, add here

  // store 0700-0799
  STORE_UNAVAILABLE(700, "the store cannot be opened, migrated, reached or written"),
  DUPLICATE_RECORD(701, "a record with the same identity is already stored"),
  UNKNOWN_RECORD(702, "a record names a study, invitation or institution that is not stored"),
  INVALID_RECORD(703, "a value to store is missing or has the wrong form"),
  // store: reserved for the store work, add here
  NO_OWNER_LEFT(
      704,
      "a membership change or a user's disabling would leave a study without an enabled owner"),
  // store backups, restores and migrations 1780-1799
  ARCHIVE_UNREADABLE(
      1780,
      "a store archive is not a readable Tripart archive: truncated, corrupt, or its rows do not"
          + " match its manifest's counts and checksums"),
  TARGET_NOT_EMPTY(1781, "the target of a restore or migration already holds rows"),
  ARCHIVE_SCHEMA(
      1782,
      "an archive's or source's schema version cannot be restored into the target (unknown to"
          + " this Tripart, older than the target's, or tables and columns that differ)"),
  ARCHIVE_VERIFY(
      1783,
      "the rows written to the target differ from the source's (row by row, count or checksum);"
          + " nothing was kept"),
  ARCHIVE_VALUE(
      1784,
      "a stored value has a type the portable archive does not carry, or the target refuses it"),
  NOT_A_STORE(1785, "the source of a backup or migration is missing or holds no Tripart schema"),
  BACKUP_OUTPUT(1786, "the backup file cannot be written where asked"),
  NATIVE_BACKUP(
      1787, "a native backup (VACUUM INTO, pg_dump) cannot be made: tool missing or failed"),

  // web server and HTTP API 0800-0899
  MALFORMED_REQUEST(800, "a request body or parameter is not well-formed or has the wrong type"),
  UNAUTHENTICATED(801, "the request lacks a valid API token or invitation token"),
  FORBIDDEN(802, "the request's CSRF token is missing or does not match"),
  NOT_FOUND(803, "no such page, resource or invitation"),
  EXPIRED(804, "the invitation has expired"),
  RATE_LIMITED(805, "too many requests from this address or for this token"),
  TOO_LARGE(806, "the request body exceeds the size allowed for it"),
  METHOD_NOT_ALLOWED(807, "the resource does not accept this HTTP method"),
  INVALID_ANSWERS(808, "a submission's answers break the questionnaire's rules"),
  ALREADY_SUBMITTED(809, "final answers were already stored and differ from these"),
  UNSUPPORTED_MEDIA_TYPE(810, "the request body has a media type the resource does not take"),
  SERVER_FAULT(811, "the server failed; nothing of the request was stored"),
  // web: reserved for the web work, add here
  ROLE_INSUFFICIENT(812, "the user's role in the study does not allow this action"),
  LAST_OWNER(813, "the change would leave the study without an owner"),
  INVALID_CHANGE(
      814, "a change to a study, an instrument or an account has a field of the wrong form"),
  VERSION_NOT_NEWER(
      815,
      "an instrument version is not above the versions stored for its group, or its id belongs to"
          + " another group"),
  WRONG_PASSWORD(816, "the current password given to change it is wrong"),

  // exports and disclosure control 0900-0999
  DISCLOSURE_INPUT(
      900,
      "a disclosure-control input is invalid (threshold, secret, table, institution register)"),
  EXPORT_INPUT(901, "an export was asked for items, groups or formats it cannot produce"),
  // exports and disclosure: reserved for the export work, add here

  // interop 1000-1099: importing and exporting other tools' formats
  IMPORT_UNREADABLE(
      1000,
      "a file to import cannot be read as the format named (syntax, sheets, required columns)"),
  IMPORT_CONSTRUCT(
      1001, "a construct of the source was not carried over, or was changed (reported, not fatal)"),
  IMPORT_ANSWER(
      1002,
      "an imported answer does not fit the imported instrument (reported; the rest is imported)"),
  CONVERT_INPUT(1003, "an instrument or data set cannot be written in the format asked for"),
  FHIR_REQUEST(
      1004, "a FHIR resource sent to the server is malformed or does not fit the questionnaire"),

  // collaboration networks 1100-1119
  NETWORK_UNKNOWN_ORGANISATION(
      1100, "a nomination names an own organisation or a partner that is not a known organisation"),
  NETWORK_SELF_NOMINATION(1101, "a nomination names the respondent's own organisation as partner"),
  NETWORK_DUPLICATE_ORGANISATION(1102, "an organisation id is given twice to one network"),
  NETWORK_SETTINGS(
      1103, "a network computation was asked with invalid settings (threshold, pivots, threads)"),
  // organisation registers and networks 1120-1129
  REGISTER_IN_USE(
      1120,
      "replacing a register would remove an organisation that invitations or responses still name"),
  REGISTER_SECTOR_CHANGE(
      1121, "a register lists an organisation that is already stored under another sector"),
  // partner rosters 1130-1149: instrument files (the roster block, tie questions, sectors)
  ROSTER_BLOCK(
      1130,
      "a roster item's roster block is missing or invalid (sectors, max, other), or another type"
          + " gives one"),
  ROSTER_TIE(
      1131,
      "a roster's tie question has a type or key a tie cannot have (only single, multiple, yesno,"
          + " likert, integer, decimal, text and date; no when)"),
  DUPLICATE_TIE(
      1132,
      "a tie question id is used twice in the instrument's rosters, is an item id, or is id or"
          + " other"),
  ROSTER_IN_EXPRESSION(
      1133, "skip logic or a calculation reads a roster item or one of its tie questions"),
  INVALID_SECTOR(
      1134, "a sector is not hospital, institution or company, or is given where none is taken"),
  // ties files 1150-1169: the partners named in rosters, in the file beside the responses
  TIES_ITEM(1150, "a ties file row names an item that is not a partner roster of the instrument"),
  TIES_PARTNER(
      1151,
      "a ties file row gives neither or both of partner and other, or other where the roster"
          + " takes none"),
  TIES_POSITION(
      1152,
      "a ties file row's position is missing, above the roster's max, or given twice for one"
          + " respondent and item"),
  TIES_DUPLICATE_PARTNER(1153, "one partner is named twice by one respondent in one roster"),
  TIES_ANSWER(1154, "a ties file row answers a tie question of another roster"),
  TIES_RESPONDENT(
      1155,
      "a ties file names a respondent the responses lack, or a number of partners other than the"
          + " responses' roster column says"),
  TIES_REGISTER(
      1156,
      "a partner is no organisation of the registers, or is in a register its roster does not"
          + " offer"),

  // quantiles (svyquantile) 1700-1719
  QUANTILE_PROBABILITY(1700, "a quantile's probability is missing or outside [0, 1]"),
  QUANTILE_EMPTY_DOMAIN(1701, "a quantile was asked of a domain with no rows"),
  QUANTILE_NO_VALUES(
      1702, "a quantile was asked of an item no row of the domain answers with a positive weight"),
  QUANTILE_NOT_NUMERIC_ITEM(1703, "a quantile was asked of an item that is not numeric"),
  QUANTILE_METHOD(
      1704,
      "a quantile rule or interval type is unknown or does not apply to the design, or has too"
          + " few rows"),
  QUANTILE_LEVEL(1705, "a quantile interval's confidence level is not between 0 and 1"),
  QUANTILE_INPUT(1706, "a quantile was given values of a length other than the design's rows"),
  QUANTILE_SCORE_ROOT(
      1707, "the score interval of a quantile has no root between the data's limits"),

  // hostile requests and soak 1820-1839
  REQUEST_HEAD_TOO_LARGE(
      1820, "the request line, the address or the headers exceed the size the server accepts"),
  REQUEST_TIMEOUT(
      1821, "the client sent nothing for longer than the server waits; nothing was stored"),
  INVALID_ENCODING(1822, "the request body is not valid UTF-8"),

  // command line 0500-0599
  USAGE(500, "a command-line option is missing or invalid"),
  // command line: reserved for the command-line work, add here
  ANALYSIS_PLAN(
      501,
      "a survey design, analysis plan or margins file names an unknown column or value, or is"
          + " malformed"),
  // replicate designs in the analysis (BRR conversion, plan, CLI, models) 1720-1749
  REPLICATE_MODEL(
      1720,
      "a model cannot be refitted under one replicate's weights (a column aliased, separation or"
          + " no convergence in that replicate), so it has no replicate variance"),
  REPLICATE_UNSUPPORTED(
      1721,
      "an estimate or weighting step the plan asks for is not available on a replicate-weight"
          + " design"),
  // the JSON codec of stored answers and Tripart's one JSON configuration 1840-1849
  JSON_MALFORMED(1840, "a JSON text is not well-formed or holds more than one value"),
  JSON_DUPLICATE_KEY(1841, "a JSON object gives one key twice"),
  JSON_OVER_LIMIT(
      1842,
      "a JSON text nests deeper, or holds a longer string, number or key, than Tripart reads"),
  JSON_NOT_AN_OBJECT(1843, "a JSON value that must be an object of answers by item id is not one");

  private final int number;
  private final String meaning;

  ErrorCode(int number, String meaning) {
    this.number = number;
    this.meaning = meaning;
  }

  /** The code as printed, for example {@code TRP-0012}. */
  public String code() {
    return String.format("TRP-%04d", number);
  }

  /** One line saying what the code means, for documentation and help texts. */
  public String meaning() {
    return meaning;
  }
}
