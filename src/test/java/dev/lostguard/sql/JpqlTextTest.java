package dev.lostguard.sql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JpqlTextTest {

  @Test
  void updateVersionedLosesTheKeywordAndBumpsImplicitly() {
    JpqlText.Prepared prepared = JpqlText.prepare("update versioned Order o set o.note = :n where o.id = :id");
    assertThat(prepared.versioned()).isTrue();
    assertThat(prepared.sql()).isEqualTo("update Order o set o.note = :n where o.id = :id");
  }

  @Test
  void associationPathsBecomeForeignKeyColumns() {
    JpqlText.Prepared prepared =
        JpqlText.prepare("UPDATE Order o SET o.status = :s WHERE o.customer.id = :c");
    assertThat(prepared.versioned()).isFalse();
    assertThat(prepared.sql()).isEqualTo("UPDATE Order o SET o.status = :s WHERE o.customer_id = :c");
  }
}
