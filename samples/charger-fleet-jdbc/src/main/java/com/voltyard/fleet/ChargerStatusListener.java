package com.voltyard.fleet;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Status reports the chargers publish. */
@Component
public class ChargerStatusListener {

  public record StatusReport(long chargerId, String firmware, String status) {}

  private final ChargerDao chargers;

  public ChargerStatusListener(ChargerDao chargers) {
    this.chargers = chargers;
  }

  @KafkaListener(topics = "charger-status")
  public void onReport(StatusReport report) {
    chargers.recordStatus(report.chargerId(), report.firmware(), report.status());
  }
}
