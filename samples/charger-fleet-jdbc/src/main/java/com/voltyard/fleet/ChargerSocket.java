package com.voltyard.fleet;

/** The chargers' own protocol connection: no framework annotation marks it as an entry point. */
public class ChargerSocket {

  private final ChargerDao chargers;
  private final long chargerId;

  public ChargerSocket(ChargerDao chargers, long chargerId) {
    this.chargers = chargers;
    this.chargerId = chargerId;
  }

  public void onConfigurationMessage(String configuration) {
    chargers.recordConfiguration(chargerId, configuration);
  }
}
