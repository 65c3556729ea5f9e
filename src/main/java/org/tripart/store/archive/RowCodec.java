package org.tripart.store.archive;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.tripart.ErrorCode;

/**
 * The archive's canonical form of a row: one JSON array per line, the values in the table's column
 * order, integers and booleans (0 or 1) as numbers, text as strings, null as null, ended by a
 * newline. The same row gives the same bytes from SQLite and from PostgreSQL, so a table's SHA-256
 * over its lines compares across vendors. Not thread-safe: one instance per table being read.
 */
final class RowCodec {
  private static final JsonFactory JSON = new JsonFactory();

  private final String table;
  private final List<Column> columns;
  private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(256);
  private final JsonGenerator generator;

  /**
   * @param table the table's name, for messages
   * @param columns the columns the result sets hold, in their order
   * @throws ArchiveException when a column has a type the archive does not carry
   */
  RowCodec(String table, List<Column> columns) {
    requireSupported(table, columns);
    this.table = table;
    this.columns = List.copyOf(columns);
    try {
      generator = JSON.createGenerator(buffer);
      generator.setRootValueSeparator(new SerializedString(""));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Refuses a table with a column of a type the archive does not carry.
   *
   * @throws ArchiveException ({@link ErrorCode#ARCHIVE_VALUE}) naming the table and column
   */
  static void requireSupported(String table, List<Column> columns) {
    for (Column c : columns) {
      if (c.kind() == ColumnKind.UNSUPPORTED) {
        throw new ArchiveException(
            ErrorCode.ARCHIVE_VALUE,
            "table " + table + " column " + c.name(),
            "has type "
                + c.typeName()
                + ", which the portable archive does not carry (integers, text and booleans"
                + " only)");
      }
    }
  }

  /** The canonical line of the result set's current row. */
  byte[] encode(ResultSet row) throws SQLException {
    try {
      generator.writeStartArray();
      for (int i = 0; i < columns.size(); i++) {
        Column c = columns.get(i);
        switch (c.kind()) {
          case BOOLEAN -> {
            boolean value = row.getBoolean(i + 1);
            if (row.wasNull()) {
              generator.writeNull();
            } else {
              generator.writeNumber(value ? 1 : 0);
            }
          }
          case INTEGER -> {
            Object value = row.getObject(i + 1);
            if (value == null) {
              generator.writeNull();
            } else if (value instanceof Long
                || value instanceof Integer
                || value instanceof Short) {
              generator.writeNumber(((Number) value).longValue());
            } else {
              throw refused(c, value);
            }
          }
          default -> {
            Object value = row.getObject(i + 1);
            if (value == null) {
              generator.writeNull();
            } else if (value instanceof String s) {
              generator.writeString(s);
            } else {
              throw refused(c, value);
            }
          }
        }
      }
      generator.writeEndArray();
      generator.flush();
      buffer.write('\n');
      byte[] line = buffer.toByteArray();
      buffer.reset();
      return line;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private ArchiveException refused(Column c, Object value) {
    return new ArchiveException(
        ErrorCode.ARCHIVE_VALUE,
        "table " + table + " column " + c.name(),
        "holds a " + value.getClass().getSimpleName() + " in a " + c.typeName() + " column");
  }

  /**
   * The values of a canonical line: {@link Long}, {@link String} or null, as many as {@code arity}.
   *
   * @throws ArchiveException ({@link ErrorCode#ARCHIVE_UNREADABLE}) for anything else
   */
  static Object[] decode(byte[] line, int arity, String where) {
    Object[] values = new Object[arity];
    try (JsonParser parser = JSON.createParser(line)) {
      if (parser.nextToken() != JsonToken.START_ARRAY) {
        throw unreadable(where, "is not a JSON array");
      }
      int n = 0;
      for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
        if (n == arity) {
          throw unreadable(where, "has more than the " + arity + " values of its table's columns");
        }
        values[n++] =
            switch (t) {
              case VALUE_NULL -> null;
              case VALUE_STRING -> parser.getText();
              case VALUE_NUMBER_INT -> parser.getLongValue();
              default -> throw unreadable(where, "has a value that is not text, integer or null");
            };
      }
      if (n != arity) {
        throw unreadable(where, "has " + n + " values; its table has " + arity + " columns");
      }
      if (parser.nextToken() != null) {
        throw unreadable(where, "has something after its JSON array");
      }
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw unreadable(where, "is not valid JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return values;
  }

  private static ArchiveException unreadable(String where, String problem) {
    return new ArchiveException(ErrorCode.ARCHIVE_UNREADABLE, where, problem);
  }

  /**
   * Binds decoded values to an INSERT's parameters 1..n, converting to each target column's kind (0
   * and 1 to a boolean column as false and true).
   */
  static void bind(PreparedStatement insert, Object[] values, List<Column> targets, String where)
      throws SQLException {
    for (int i = 0; i < values.length; i++) {
      Column c = targets.get(i);
      Object v = values[i];
      if (v == null) {
        insert.setNull(i + 1, c.sqlType());
      } else if (c.kind() == ColumnKind.TEXT && v instanceof String s) {
        insert.setString(i + 1, s);
      } else if (c.kind() == ColumnKind.INTEGER && v instanceof Long l) {
        insert.setLong(i + 1, l);
      } else if (c.kind() == ColumnKind.BOOLEAN && v instanceof Long l && (l == 0 || l == 1)) {
        insert.setBoolean(i + 1, l == 1);
      } else {
        throw new ArchiveException(
            ErrorCode.ARCHIVE_VALUE,
            where + " column " + c.name(),
            "the value " + v + " does not fit the target's " + c.typeName() + " column");
      }
    }
  }
}
