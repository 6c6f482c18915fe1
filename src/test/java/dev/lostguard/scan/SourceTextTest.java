package dev.lostguard.scan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lostguard.model.ErrorKind;
import dev.lostguard.model.ProcessingError;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SourceTextTest {

  private static final String SQL = "UPDATE t SET name = 'Zo\u00eb' WHERE id = 1;";

  private static byte[] withPrefix(byte[] prefix, byte[] body) {
    byte[] all = new byte[prefix.length + body.length];
    System.arraycopy(prefix, 0, all, 0, prefix.length);
    System.arraycopy(body, 0, all, prefix.length, body.length);
    return all;
  }

  @Test
  void readsUtf8WithAndWithoutByteOrderMark() {
    byte[] utf8 = SQL.getBytes(StandardCharsets.UTF_8);
    assertThat(SourceText.decode(utf8, "a.sql").text()).contains(SQL);
    SourceText bom = SourceText.decode(withPrefix(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8), "a.sql");
    assertThat(bom.text()).contains(SQL);
    assertThat(bom.problem()).isEmpty();
  }

  @Test
  void readsUtf16WithAByteOrderMarkInsteadOfCallingItBinary() {
    SourceText little =
        SourceText.decode(withPrefix(new byte[] {(byte) 0xFF, (byte) 0xFE}, SQL.getBytes(StandardCharsets.UTF_16LE)), "a.sql");
    SourceText big =
        SourceText.decode(withPrefix(new byte[] {(byte) 0xFE, (byte) 0xFF}, SQL.getBytes(StandardCharsets.UTF_16BE)), "a.sql");
    assertThat(little.text()).contains(SQL);
    assertThat(big.text()).contains(SQL);
  }

  @Test
  void fallsBackToLatin1WithAWarning() {
    SourceText text = SourceText.decode(SQL.getBytes(StandardCharsets.ISO_8859_1), "legacy.sql");
    assertThat(text.text()).contains(SQL);
    assertThat(text.problem()).map(ProcessingError::kind).contains(ErrorKind.ENCODING);
  }

  @Test
  void skipsBinaryContent() {
    SourceText text = SourceText.decode(new byte[] {'U', 'P', 0, 'D'}, "blob.sql");
    assertThat(text.text()).isEmpty();
    assertThat(text.problem()).map(ProcessingError::message).hasValueSatisfying(m -> assertThat(m).contains("binary"));
  }
}
